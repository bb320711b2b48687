"""Every ``samples/NAME.py`` run through the gradcli console script prints
exactly ``samples/NAME.expected`` (the stdout of real PyTorch 2.13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, golden_params, normalise_addresses, run_file

SAMPLES = ROOT / "samples"

# stderr lines a sample is allowed to print (PyTorch warnings it triggers on
# purpose), keyed by sample name.  None of the current samples warns.
EXPECTED_STDERR: dict[str, str] = {}


def _samples():
    for script in sorted(SAMPLES.glob("*.py")):
        yield script.stem, script


def test_every_sample_has_a_golden():
    missing = [p.name for _, p in _samples() if not p.with_suffix(".expected").exists()]
    assert not missing, f"samples without .expected: {missing}"
    assert len(list(_samples())) >= 13


@pytest.mark.parametrize("script", golden_params("sample", _samples()))
def test_sample(script: Path):
    expected = script.with_suffix(".expected").read_text(encoding="utf-8")
    result = run_file(script.relative_to(ROOT), cwd=ROOT)
    assert normalise_addresses(result.stdout) == expected, result.stderr
    assert result.returncode == 0, result.stderr
    assert result.stderr == EXPECTED_STDERR.get(script.stem, "")
