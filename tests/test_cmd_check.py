"""gradcli check: expressions and scripts against finite differences."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from gradcli.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def run(args):
    return CliRunner().invoke(cli, ["check", *args])


def test_expression_passes():
    r = run(["x.pow(3).sum()", "--at", "x=[1,2]"])
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["variable", "element", "autograd", "numeric", "abs", "err",
                                "rel", "err", "result"]
    assert lines[2].split()[:4] == ["x", "[0]", "3", "3"]
    assert lines[3].split()[-1] == "ok"


def test_discontinuity_fails_with_exit_1():
    r = run(["floor(x) * x", "--at", "x=1.0"])
    assert r.exit_code == 1
    assert "FAIL" in r.stdout and "1 of 1 elements failed" in r.stderr


def test_tolerances_and_eps():
    r = run(["floor(x) * x", "--at", "x=1.0", "--eps", "1e-3", "--atol", "1e6"])
    assert r.exit_code == 0


def test_missing_variable_is_usage_error():
    assert run(["x * y", "--at", "x=1"]).exit_code == 2


def test_script_every_backward():
    r = run([str(ROOT / "samples" / "chain_rule_scalars.py")])
    assert r.exit_code == 0, r.output
    first = [line.split()[:2] for line in r.stdout.splitlines()[2:]]
    assert first == [["x", "(backward"], ["b", "(backward"], ["a", "(backward"],
                     ["w", "(backward"]]


def test_script_with_wrong_gradient_hook_fails(tmp_path):
    script = tmp_path / "bad.py"
    script.write_text("import torch\nx = torch.tensor([1., 2.], requires_grad=True)\n"
                      "x.register_hook(lambda g: g * 2)\n(x * x).sum().backward()\n")
    r = run([str(script)])
    assert r.exit_code == 1
    assert r.stdout.count("FAIL") == 2


def test_script_in_place_updates_are_skipped():
    r = run([str(ROOT / "samples" / "linear_regression.py")])
    assert r.exit_code == 0
    assert "skipped:" in r.stdout and "modified in place" in r.stdout
