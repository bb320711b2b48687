"""The cyclic garbage collector during a run (gradcli/collector.py): off, with full
collections triggered by growth, so cycles made by script code (micrograd's Value keeps a
closure that refers back to its node) are freed while the script runs."""
from __future__ import annotations

import gc
import io

import pytest

from gradcli import collector
from gradcli.runner import run_source

SCRIPT = """
class Node:
    def __init__(self, prev):
        self.prev = prev
        def back():
            return self          # the closure refers back to the node: a cycle
        self.back = back
for step in range(40):
    head = Node(None)
    for i in range(300):
        head = Node(head)
print("done")
"""


def _alive_nodes():
    return sum(1 for o in gc.get_objects() if type(o).__name__ == "Node")


@pytest.mark.parametrize("floor, bounded", [(2_000, True), (10**9, False)])
def test_cycles_made_by_script_code_are_collected_during_the_run(monkeypatch, floor, bounded):
    monkeypatch.setattr(collector, "FLOOR", floor)
    seen = []
    real = collector.maybe_collect

    def watch():
        real()
        seen.append(_alive_nodes() if len(seen) % 50 == 0 else None)
    monkeypatch.setattr("gradcli.limits.maybe_collect", watch)
    out = io.StringIO()
    assert run_source(SCRIPT, "cycles.py", out, io.StringIO()) == 0
    assert out.getvalue() == "done\n"
    peak = max(n for n in seen if n is not None)
    if bounded:     # a few steps' worth of nodes at most, never all 40 * 301
        assert peak < 10 * 301
    else:
        assert peak > 20 * 301
    gc.collect()


def test_the_collector_is_restored_after_a_run():
    was = gc.isenabled()
    gc.enable()
    try:
        assert run_source("x = [1]\n", "s.py", io.StringIO(), io.StringIO()) == 0
        assert gc.isenabled()
        gc.disable()
        assert run_source("x = [1]\n", "s.py", io.StringIO(), io.StringIO()) == 0
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_a_later_run_frees_the_cycles_an_earlier_run_left(monkeypatch):
    """Batch mode (several files in one process): a run after a big one starts by
    collecting, so the cyclic garbage of that script is not frozen in for good."""
    monkeypatch.setattr(collector, "FLOOR", 200)
    script = ("class N:\n"
              "    def __init__(self):\n"
              "        self.me = self\n"
              "keep = [N() for i in range(500)]\n")
    assert run_source(script, "a.py", io.StringIO(), io.StringIO()) == 0
    assert run_source("x = 1\n", "b.py", io.StringIO(), io.StringIO()) == 0
    assert _alive_nodes_named("N") == 0


def _alive_nodes_named(name):
    return sum(1 for o in gc.get_objects() if type(o).__name__ == name)
