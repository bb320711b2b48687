"""``tests/golden/scripts/NAME.py`` -- short scripts covering the foundation
engine surface -- print exactly ``NAME.expected`` (real PyTorch 2.13 stdout)
and exit 0 with nothing on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import GOLDEN, ROOT, golden_params, load_known_failures, normalise_addresses

SCRIPTS = GOLDEN / "scripts"


def _scripts():
    for script in sorted(SCRIPTS.glob("*.py")):
        yield script.stem, script


def test_every_script_has_a_golden():
    scripts = [p for _, p in _scripts()]
    missing = [p.name for p in scripts if not p.with_suffix(".expected").exists()]
    assert not missing, f"scripts without .expected: {missing}"
    assert len(scripts) >= 80


@pytest.mark.parametrize("script", golden_params("script", _scripts()))
def test_golden_script(script: Path, run_gradcli):
    expected = script.with_suffix(".expected").read_text(encoding="utf-8")
    result = run_gradcli(script.read_text(encoding="utf-8"), script.name)
    assert normalise_addresses(result.stdout) == expected, result.stderr
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_known_failures_name_real_cases():
    """Every id in known_failures.txt names an existing case and gives a reason."""
    import json

    valid = {f"script:{name}" for name, _ in _scripts()}
    valid |= {f"sample:{p.stem}" for p in (ROOT / "samples").glob("*.py")}
    for kind, fname in (("printing", "printing_vectors.jsonl"),
                        ("reduction", "reduction_vectors.jsonl"),
                        ("errors", "error_vectors.jsonl")):
        with (GOLDEN / fname).open(encoding="utf-8") as fh:
            valid |= {f"{kind}:{json.loads(line)['id']}" for line in fh if line.strip()}
    known = load_known_failures()
    assert not set(known) - valid, f"unknown ids: {sorted(set(known) - valid)}"
    assert all(reason != "known failure" for reason in known.values()), "add a reason after #"
