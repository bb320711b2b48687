"""gradcli run --summary: the table of tensor variables after the script (plain, jsonl,
=each), with stdout before the table byte-identical to a run without --summary."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import normalise_addresses
from gradcli.cli import cli

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "insight" / "summary"
SAMPLES = sorted((ROOT / "samples").glob("*.py"))
SCHEMA = json.loads((ROOT / "docs" / "events.schema.json").read_text())


def _run(*args, env=None):
    result = CliRunner(env=env).invoke(cli, ["run", "--no-hints", *args])
    return result.exit_code, normalise_addresses(result.stdout), result.stderr


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_summary_plain_and_jsonl(sample, monkeypatch):
    monkeypatch.chdir(ROOT)
    rel = str(sample.relative_to(ROOT))
    code, plain, _ = _run(rel)
    code_s, with_table, _ = _run("--summary", rel)
    assert code == code_s == 0
    assert with_table.startswith(plain + "\n")        # stdout before the table unchanged
    assert with_table == (GOLDEN / f"{sample.stem}.txt").read_text(encoding="utf-8")
    code_j, jsonl, _ = _run("--summary", "--format", "jsonl", rel)
    assert jsonl == (GOLDEN / f"{sample.stem}.jsonl").read_text(encoding="utf-8")
    events = [json.loads(line) for line in jsonl.splitlines()]
    assert [e["event"] for e in events][-2:] == ["summary", "exit"]
    from test_cmd_run_extras import validate
    assert all(validate(e, SCHEMA) for e in events)


SCRIPT = """import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
c = torch.tensor(3.0)
for i in range(3):
    y = (w * c).sum()
    y.backward()
print(w.grad)
z = w.detach() * 2
w.grad.zero_()
v = torch.zeros(2, requires_grad=True)
(v * 2).sum().backward()
"""


def _table_rows(text: str) -> dict:
    lines = text[text.index("\nname  kind") + 1:].splitlines()
    return {line.split()[0]: line.split() for line in lines[2:] if line and line[0] != " "}


def test_columns_kinds_passes_and_lines(tmp_path):
    path = tmp_path / "s.py"
    path.write_text(SCRIPT)
    code, out, err = _run("--summary", str(path))
    assert code == 0 and out.startswith("tensor([9., 9.])\n\n")
    header = out.split("\n\n", 1)[1].splitlines()[0].split()
    assert header == ["name", "kind", "shape", "dtype", "requires_grad", "grad_fn", "value",
                      "grad", "passes", "line"]
    rows = _table_rows(out)
    assert rows["w"][:6] == ["w", "leaf", "[2]", "float32", "True", "AccumulateGrad"]
    assert rows["w"][-2:] == ["0", "2"]          # zeroed after 3 passes: 0 passes summed
    assert rows["c"][:6] == ["c", "constant", "[]", "float32", "False", "none"]
    assert rows["y"][1] == "non-leaf" and rows["y"][5] == "SumBackward0"
    assert rows["y"][-1] == "5"                  # last assigned inside the loop
    assert rows["v"][-2:] == ["1", "10"]
    assert rows["z"][1] == "constant"


def test_passes_count_accumulation(tmp_path):
    path = tmp_path / "s.py"
    path.write_text(SCRIPT.split("z = ")[0])
    _, out, _ = _run("--summary", str(path))
    assert _table_rows(out)["w"][-2:] == ["3", "2"]


def test_summary_each_goes_to_stderr(tmp_path):
    path = tmp_path / "s.py"
    path.write_text(SCRIPT)
    _, plain, _ = _run(str(path))
    code, out, err = _run("--summary=each", str(path))
    assert code == 0 and out == plain
    assert err.count("after backward pass ") == 4
    assert "after backward pass 1 (line 6)" in err and "after backward pass 4 (line 11)" in err
    _, jsonl, _ = _run("--summary=each", "--format", "jsonl", str(path))
    events = [json.loads(line) for line in jsonl.splitlines()]
    each = [e for e in events if e["event"] == "summary"]
    assert [(e["when"], e["index"], e["line"]) for e in each] == [
        ("backward", 1, 6), ("backward", 2, 6), ("backward", 3, 6), ("backward", 4, 11)]
    assert [v["passes"] for v in each[2]["variables"] if v["name"] == "w"] == [3]


def test_summary_value_and_usage_errors(tmp_path):
    path = tmp_path / "s.py"
    path.write_text("import torch\n")
    code, out, _ = _run("--summary=end", str(path))
    assert code == 0 and out == "\nno tensor variables\n"
    result = CliRunner().invoke(cli, ["run", "--summary=sometimes", str(path)])
    assert result.exit_code == 2 and "--summary" in result.stderr


def test_summary_after_a_script_error(tmp_path):
    path = tmp_path / "s.py"
    path.write_text("import torch\nx = torch.ones(2, requires_grad=True)\nx.backward()\n")
    code, out, err = _run("--summary", str(path))
    assert code == 1 and "RuntimeError" in err
    assert _table_rows(out)["x"][1] == "leaf"


def test_long_tensors_summarised_and_rich(tmp_path):
    from gradcli.insight import summary
    from gradcli.insight.recorder import Globals, Recorder
    from gradcli.runner import run_source
    g = Globals()
    run_source("import torch\nbig = torch.arange(2000.)\n", "s.py", io.StringIO(),
               io.StringIO(), globals_dict=g)
    cell = summary.rows(g, Recorder())[0][6]
    assert cell == "tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.9970e+03, " \
                   "1.9980e+03,\n        1.9990e+03])"
    stream = io.StringIO()
    summary.render(g, Recorder(), stream, color=True)
    text = stream.getvalue()
    assert "big" in text and "┃" in text and "..." in text   # rich box, no markup loss
