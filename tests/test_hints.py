"""Pitfall hints (gradcli.insight.hints): each kind has a script that triggers it and a
near-miss that must not; no hint fires on the samples, golden scripts and vectors unless
they show that pitfall; hints never touch stdout."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from gradcli.cli import cli
from gradcli.insight.hints import KINDS
from gradcli.insight.session import run_text
from gradcli.runner import run_source

from conftest import normalise_addresses

ROOT = Path(__file__).resolve().parent.parent
HINTS = ROOT / "tests" / "golden" / "insight" / "hints"
NAMES = ["grad_accumulation", "nonleaf_grad", "zero_before_backward", "data_write_saved",
         "growing_graph", "inplace_leaf_update"]


def _with_hints(source: str, name: str):
    out, err = io.StringIO(), io.StringIO()
    code, ins = run_text(source, name, out, err)
    return code, normalise_addresses(out.getvalue()), err.getvalue(), ins.fired()


def _without(source: str, name: str):
    out, err = io.StringIO(), io.StringIO()
    code = run_source(source, name, out, err)
    return code, normalise_addresses(out.getvalue()), err.getvalue()


def test_every_kind_has_a_script():
    assert sorted(n.replace("_", "-") for n in NAMES) == sorted(KINDS)


@pytest.mark.parametrize("name", NAMES)
def test_hint_fires(name):
    script = HINTS / f"{name}.py"
    source = script.read_text(encoding="utf-8")
    code, out, err, fired = _with_hints(source, script.name)
    assert fired == [name.replace("_", "-")]
    assert err == script.with_suffix(".stderr").read_text(encoding="utf-8")
    plain_code, plain_out, plain_err = _without(source, script.name)
    assert (code, out) == (plain_code, plain_out)        # stdout untouched
    assert plain_err in err or err.startswith(plain_err.split("\n", 1)[0])
    for line in err.splitlines():
        if ": hint: " in line:
            assert line.startswith(f"{script.name}:")
    assert err.count("\n  fix: ") == 1


@pytest.mark.parametrize("name", NAMES)
def test_near_miss_is_quiet(name):
    script = HINTS / f"{name}_near.py"
    source = script.read_text(encoding="utf-8")
    code, out, err, fired = _with_hints(source, script.name)
    assert fired == [] and "hint:" not in err
    assert (code, out, err) == _without(source, script.name)


# Which hints fire on the repository's scripts; every entry shows that pitfall on purpose.
EXPECTED = {
    "samples/accumulation_pitfall.py": ["grad-accumulation", "grad-accumulation"],
    "samples/autograd_basics.py": ["grad-accumulation"],      # "gradients accumulate" demo
    "samples/nonleaf_grad_warning.py": ["nonleaf-grad"],
    "tests/golden/scripts/grad_backward_accumulate.py": ["grad-accumulation"],
    "tests/golden/scripts/grad_backward_retain_graph.py": ["grad-accumulation"],
    "tests/golden/scripts/saved_operands_and_error_texts.py": ["grad-accumulation"],
    "printing_vectors:grad_accumulate": ["grad-accumulation"],
    "error_vectors:second_backward_ok_no_saved": ["grad-accumulation"],
    "error_vectors:second_backward_retain": ["grad-accumulation"],
    "error_vectors:grad_nonleaf_warning": ["nonleaf-grad"],
    "error_vectors:zero_none_grad": ["zero-before-backward"],
    "error_vectors:grad_nonleaf_warning_twice": ["nonleaf-grad", "nonleaf-grad"],
    "error_vectors:grad_nonleaf_is_none_check": ["nonleaf-grad"],
}


def _corpus():
    for path in sorted((ROOT / "samples").glob("*.py")) + sorted(
            (ROOT / "tests" / "golden" / "scripts").glob("*.py")):
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"), path.name
    for kind in ("printing_vectors", "error_vectors"):
        with open(ROOT / "tests" / "golden" / f"{kind}.jsonl", encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    vec = json.loads(line)
                    yield f"{kind}:{vec['id']}", vec["code"], "script.py"


def test_which_hints_fire_on_samples_and_vectors():
    fired = {}
    for key, source, name in _corpus():
        code, out, err, kinds = _with_hints(source, name)
        if kinds:
            fired[key] = kinds
            plain = _without(source, name)
            assert (code, out) == plain[:2], key      # stdout identical with hints on
        else:
            assert "hint:" not in err, key
    assert fired == EXPECTED


def test_cli_hints_on_stderr_and_no_hints():
    path = str(HINTS / "grad_accumulation.py")
    on = CliRunner().invoke(cli, ["run", "--hints", path])
    off = CliRunner().invoke(cli, ["run", "--no-hints", path])
    assert on.exit_code == off.exit_code == 0
    assert on.stdout == off.stdout and "hint" not in on.stdout
    assert ": hint: " in on.stderr and off.stderr == ""
    env = CliRunner(env={"GRADCLI_HINTS": "0"}).invoke(cli, ["run", path])
    assert env.stderr == ""
    env_on = CliRunner(env={"GRADCLI_HINTS": "1"}).invoke(cli, ["run", path])
    assert ": hint: " in env_on.stderr
    # by default hints go to a terminal only: piped, stderr stays exactly PyTorch's
    piped = CliRunner().invoke(cli, ["run", path])
    assert piped.stderr == ""


def test_cli_hint_events_in_jsonl():
    path = str(HINTS / "zero_before_backward.py")
    result = CliRunner().invoke(cli, ["run", "--format", "jsonl", path])
    events = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = [e["event"] for e in events]
    assert kinds == ["start", "error", "hint", "exit"]
    hint = events[2]
    assert hint["kind"] == "zero-before-backward" and hint["line"] == 5
    assert "line 7" in hint["message"] and hint["fix"]


def test_explain_keeps_hints_off_unless_asked():
    path = str(HINTS / "grad_accumulation.py")
    quiet = CliRunner().invoke(cli, ["run", "--explain", path])
    assert ": hint: " not in quiet.stderr
    loud = CliRunner().invoke(cli, ["run", "--explain", "--hints", path])
    assert ": hint: " in loud.stderr


def test_repl_hints():
    from gradcli.commands.repl import Session
    text = ("import torch\nx = torch.tensor([1., 2.], requires_grad=True)\n"
            "y = x * 3\ny.sum().backward()\ny.grad\nx.grad.zero_()\n")
    out, err = io.StringIO(), io.StringIO()
    session = Session(stdin=io.StringIO(text), stdout=out, stderr=err)
    assert session.loop() == 0
    assert "<stdin>:1: hint: y is not a leaf" in err.getvalue()
    assert "retain_grad()" in err.getvalue()
    out2, err2 = io.StringIO(), io.StringIO()
    Session(stdin=io.StringIO(text), stdout=out2, stderr=err2, hints=False).loop()
    assert out2.getvalue() == out.getvalue() and "hint" not in err2.getvalue()
