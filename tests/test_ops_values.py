"""Golden scripts for elementwise ops, reductions, linear algebra and conversions.

tests/gen_ops_goldens.py writes tests/golden/ops/NAME.py and (through torch-oracle) the
stdout real PyTorch prints, NAME.expected. Each script runs in-process through gradcli and
must print exactly the same text. Known mismatches are listed in KNOWN with a reason and
run as strict xfails.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from gradcli.runner import run_source

OPS = Path(__file__).resolve().parent / "golden" / "ops"

KNOWN = {
}

CASES = sorted(p.stem for p in OPS.glob("*.py"))


def _params():
    for name in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN[name])] if name in KNOWN else []
        yield pytest.param(name, marks=marks, id=name)


def test_enough_cases():
    assert len(CASES) >= 150
    assert all((OPS / f"{n}.expected").exists() for n in CASES)


@pytest.mark.parametrize("name", list(_params()))
def test_ops_script(name):
    src = (OPS / f"{name}.py").read_text()
    want = (OPS / f"{name}.expected").read_text()
    out, err = io.StringIO(), io.StringIO()
    code = run_source(src, filename=f"{name}.py", stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert _addr(out.getvalue()) == _addr(want)


def _addr(text):
    return re.sub(r"object at 0x[0-9a-fA-F]+", "object at 0xADDR", text)
