"""The cyclic garbage collector while a script runs: off, with a full collection whenever
the script's container objects have grown past the size left by the previous one.

The autograd graph holds no reference cycles, so the collector would only cost time while
a script builds graphs (70-95 % of graph building in tape engines). Script code can make
cycles of its own, though: micrograd's `Value` keeps a `_backward` closure that refers back
to its node, so every training step leaves a cyclic graph behind. With the collector off
for good, a 100-step micrograd run would keep all hundred graphs (gigabytes); with
Python's default thresholds it spends half its time collecting.

Here the collector stays off and the statement meter (gradcli.limits) calls
:func:`maybe_collect` every few hundred statements: one counter read. When the net number
of new container objects since the last collection exceeds both a floor and the number of
objects that survived it, a full collection runs. Each collection then walks at most about
twice what it frees or keeps, so the cost stays proportional to the script's allocations,
and memory stays within about twice the live data. Objects that existed before the script
started (imported modules) are frozen out of every walk. In a batch (several files in one
process), a script that follows a big one starts with a collection, so the cycles the big one
left are not frozen in with everything else.
"""
from __future__ import annotations

import gc

#: never collect for fewer new containers than this (a full walk costs about 0.1 s per
#: million objects)
FLOOR = 2_000_000

_state = {"live": 0, "active": False, "left": 0}


def start() -> bool:
    """Collector off for a script run; returns whether it was on before."""
    was_enabled = gc.isenabled()
    gc.disable()
    if _state["left"] > FLOOR:
        gc.collect()     # a big earlier script of a batch: free what it left before freezing
    gc.freeze()          # the interpreter and engine as they are now: never walked
    _state["live"] = 0
    _state["active"] = True
    return was_enabled


def maybe_collect() -> None:
    if not _state["active"]:
        return
    grown = gc.get_count()[0]
    if grown > FLOOR and grown > _state["live"]:
        freed = gc.collect()
        _state["live"] = max(0, _state["live"] + grown - freed)


def stop(was_enabled: bool) -> None:
    """After the run: everything counts as old (no huge young-generation walk the moment
    the collector is back on), then the collector's previous state."""
    _state["active"] = False
    _state["left"] = _state["live"] + gc.get_count()[0]   # what this run may leave behind
    gc.freeze()
    gc.unfreeze()
    if was_enabled:
        gc.enable()
