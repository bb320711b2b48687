"""gradcli grad: single evaluations, Jacobian/Hessian, stdin pipelines."""
from __future__ import annotations

import csv
import io
import json
import math
import subprocess

import pytest
from click.testing import CliRunner

from gradcli.cli import cli


def run(args, stdin=None):
    return CliRunner().invoke(cli, ["grad", *args], input=stdin)


def test_scalar_value_and_gradients():
    r = run(["sin(x)*exp(y)", "--at", "x=1.5", "--at", "y=0.5"])
    assert r.exit_code == 0
    assert r.stdout.splitlines()[2:] == ["f         tensor(1.6446)", "df/dx     tensor(0.1166)",
                                         "df/dy     tensor(1.6446)"]


def test_wrt_and_torch_prefixes():
    r = run(["torch.sin(x) * F.relu(y)", "--at", "x=0.", "--at", "y=2.", "--wrt", "x"])
    assert r.exit_code == 0
    assert "df/dx     tensor(2.)" in r.stdout and "df/dy" not in r.stdout


def test_non_scalar_defaults_to_sum_and_says_so():
    r = run(["x**2", "--at", "x=[1,2,3]"])
    assert r.exit_code == 0
    assert "d sum(f)/dx  tensor([2., 4., 6.])" in r.stdout
    assert "differentiating its sum" in r.stderr


def test_jacobian_and_hessian():
    r = run(["x**3", "--at", "x=[1.,2.]", "--jacobian", "--hessian", "--format", "jsonl"])
    assert r.exit_code == 0
    rec = json.loads(r.stdout)
    assert rec["jacobian"]["x"] == [[3.0, 0.0], [0.0, 12.0]]
    assert rec["hessian"]["x,x"] == [[6.0, 0.0], [0.0, 12.0]]


def test_float64_and_random_values():
    r = run(["(W @ x).sum()", "--at", "W=randn(2,2)", "--at", "x=[1,1]", "--seed", "0",
             "--dtype", "float64", "--format", "jsonl"])
    rec = json.loads(r.stdout)
    assert len(rec["grad"]["W"]) == 2 and rec["grad"]["W"][0] == [1.0, 1.0]


def test_pipeline_matches_closed_form():
    xs = [i / 10 for i in range(11)]
    r = run(["sin(x)*x", "--vars", "x", "--format", "csv"],
            stdin="".join(f"{x}\n" for x in xs))
    assert r.exit_code == 0
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows[0] == ["x", "f", "df/dx"]
    assert len(rows) == 12
    for x, row in zip(xs, rows[1:]):
        assert float(row[0]) == pytest.approx(x)
        assert float(row[2]) == pytest.approx(math.sin(x) + x * math.cos(x), rel=1e-6,
                                              abs=1e-6)


def test_pipeline_csv_header_and_jsonl():
    r = run(["x*y", "--format", "jsonl"], stdin="y,x\n2,3\n4,5\n")
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert recs[0] == {"line": 2, "inputs": {"x": 3.0, "y": 2.0}, "value": 6.0,
                       "grad": {"x": 2.0, "y": 3.0}}
    assert recs[1]["line"] == 3


def test_pipeline_text_with_fixed_variable():
    r = run(["x*y", "--at", "y=2"], stdin="1\n")
    assert r.stdout == "x=1  f=2  df/dx=2  df/dy=1\n"


def test_bad_row_stops_with_line_number():
    r = run(["x*x"], stdin="1\nabc\n2\n")
    assert r.exit_code == 1
    assert r.stdout == "x=1  f=1  df/dx=2\n"
    assert "line 2: expected 1 number (x), got 'abc'" in r.stderr


def test_errors_and_usage():
    assert run(["x*", "--at", "x=1"]).exit_code == 1
    assert run(["x/y", "--at", "x=1", "--at", "y=[1,2"]).exit_code == 1
    assert run(["x", "--at", "nonsense"]).exit_code == 2
    assert run(["x", "--at", "x=1", "--wrt", "z"]).exit_code == 2
    assert run(["x", "--at", "x=1", "--sum", "--jacobian"]).exit_code == 2


def test_help_has_example():
    r = CliRunner().invoke(cli, ["grad", "-h"])
    assert r.exit_code == 0 and "$ gradcli grad" in r.stdout


def test_console_script_pipeline_and_head():
    seq = "\n".join(str(i / 10) for i in range(2000)) + "\n"
    p = subprocess.run("gradcli grad 'sin(x)*x' --vars x --format csv | head -1",
                       shell=True, input=seq, capture_output=True, text=True, timeout=60)
    assert p.stdout == "x,f,df/dx\n"
    assert p.stderr == ""
