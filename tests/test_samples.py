"""Every ``samples/NAME.py`` run through the gradcli console script prints
exactly ``samples/NAME.expected`` (the stdout of real PyTorch 2.13) and, on
stderr, exactly ``samples/NAME.stderr`` if that file exists (the warnings
PyTorch prints), else nothing.

gradcli's pitfall hints (on by default) are extra stderr text that PyTorch
does not print, so the exact comparison runs with ``--no-hints``; a second
test checks that with the default options the hints leave stdout and the
exit code alone on the samples that show a pitfall."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import (
    ROOT,
    golden_params,
    normalise_addresses,
    normalise_script_path,
    run_file,
)

SAMPLES = ROOT / "samples"

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
    result = run_file(script.relative_to(ROOT), ROOT, "--no-hints")
    assert normalise_addresses(result.stdout) == expected, result.stderr
    assert result.returncode == 0, result.stderr
    stderr_golden = script.with_suffix(".stderr")
    expected_err = stderr_golden.read_text(encoding="utf-8") if stderr_golden.exists() else ""
    stderr = normalise_script_path(normalise_addresses(result.stderr), script.name)
    assert stderr == expected_err


PITFALL_SAMPLES = ["accumulation_pitfall", "autograd_basics", "nonleaf_grad_warning"]


@pytest.mark.parametrize("name", PITFALL_SAMPLES)
def test_default_options_keep_stdout(name: str):
    script = SAMPLES / f"{name}.py"
    result = run_file(script.relative_to(ROOT), ROOT)
    expected = script.with_suffix(".expected").read_text(encoding="utf-8")
    assert normalise_addresses(result.stdout) == expected, result.stderr
    assert result.returncode == 0, result.stderr
