"""gradcli run --explain / --format jsonl / --seed / --jobs."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from gradcli.cli import cli

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "cli"
SCHEMA = json.loads((ROOT / "docs" / "events.schema.json").read_text())


def _type_ok(value, kind) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    table = {"string": str, "integer": int, "number": (int, float), "array": list,
             "object": dict, "null": type(None)}
    return any(isinstance(value, table[k]) and not (k in ("integer", "number")
               and isinstance(value, bool)) for k in kinds)


def validate(value, schema) -> bool:
    """The subset of JSON Schema that docs/events.schema.json uses."""
    if "oneOf" in schema:
        return sum(validate(value, s) for s in schema["oneOf"]) == 1
    if "const" in schema and value != schema["const"]:
        return False
    if "type" in schema and not _type_ok(value, schema["type"]):
        return False
    if isinstance(value, dict):
        if any(k not in value for k in schema.get("required", [])):
            return False
        props = schema.get("properties", {})
        return all(validate(value[k], s) for k, s in props.items() if k in value)
    if isinstance(value, list) and "items" in schema:
        return all(validate(v, schema["items"]) for v in value)
    return True


def test_validator_rejects():
    assert not validate({"v": 1, "event": "print"}, SCHEMA)
    assert not validate({"v": 2, "event": "exit", "code": 0}, SCHEMA)
    assert validate({"v": 1, "event": "exit", "code": 0}, SCHEMA)


def test_jsonl_matches_schema_and_output(tmp_path):
    script = tmp_path / "s.py"
    script.write_text("import torch\nx = torch.tensor([1., 2.], requires_grad=True)\n"
                      "print('a')\n(x * x).sum().backward()\nprint(x.grad)\n"
                      "y = torch.tensor(x)\nprint(x[7])\n")
    result = CliRunner().invoke(cli, ["run", "--format", "jsonl", str(script)])
    assert result.exit_code == 1
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(validate(e, SCHEMA) for e in events), events
    kinds = [e["event"] for e in events]
    assert kinds == ["start", "print", "backward", "print", "warning", "error", "exit"]
    assert events[2]["leaves"] == [{"name": "x", "shape": [2], "dtype": "torch.float32",
                                    "grad": [2.0, 4.0]}]
    assert events[3]["text"] == "tensor([2., 4.])"
    assert events[5]["type"] == "IndexError" and events[5]["line"] == 7
    assert events[-1]["code"] == 1


def test_jsonl_all_samples_validate():
    for path in sorted((ROOT / "samples").glob("*.py"))[:6]:
        result = CliRunner().invoke(cli, ["run", "--format", "jsonl", str(path)])
        events = [json.loads(line) for line in result.stdout.splitlines()]
        assert all(validate(e, SCHEMA) for e in events), path
        printed = [e["text"] for e in events if e["event"] == "print"]
        assert "\n".join(printed) + "\n" == path.with_suffix(".expected").read_text(
            encoding="utf-8") or "object at 0x" in "".join(printed)


def test_explain_golden():
    path = ROOT / "samples" / "autograd_basics.py"
    result = CliRunner().invoke(cli, ["run", "--explain", str(path)])
    assert result.exit_code == 0
    plain = CliRunner().invoke(cli, ["run", str(path)])
    assert result.stdout.replace("0x", "") .count("\n") == plain.stdout.count("\n")
    golden = GOLDEN / "explain_autograd_basics.txt"
    assert result.stderr == golden.read_text(encoding="utf-8")


def test_seed_makes_runs_repeatable(tmp_path):
    script = tmp_path / "r.py"
    script.write_text("import torch\nprint(torch.randn(3))\n")
    a = CliRunner().invoke(cli, ["run", "--seed", "7", str(script)]).stdout
    b = CliRunner().invoke(cli, ["run", "--seed", "7", str(script)]).stdout
    c = CliRunner().invoke(cli, ["run", "--seed", "8", str(script)]).stdout
    assert a == b != c


def test_jobs_keep_file_order_and_worst_status(tmp_path):
    names = []
    for i in range(4):
        p = tmp_path / f"f{i}.py"
        p.write_text(f"print({i})\n" + ("raise ValueError('x')\n" if i == 1 else ""))
        names.append(str(p))
    result = CliRunner().invoke(cli, ["run", "--jobs", "2", *names])
    assert result.exit_code == 1
    assert result.stdout == "".join(f"==> {n} <==\n{i}\n" for i, n in enumerate(names))
    assert "ValueError: x" in result.stderr
