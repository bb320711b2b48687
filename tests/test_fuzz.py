"""Bounded fuzzing in the test suite (the long run is `python -m gradcli.fuzz`).

Random grammar-built programs, near-valid edits of them, and byte-mutated samples run
in-process under small limits; none may end in an internal error, a traceback or a hang.
"""
import io

import pytest

from gradcli import fuzz
from gradcli.runner import run_source

COUNT = 240     # about 5 s on one core


def test_fuzz_inputs_never_crash_or_hang():
    total, bad = fuzz.fuzz(COUNT, jobs=1, seed=8)
    assert sum(total.values()) == COUNT
    assert total["internal"] == 0 and total["hang"] == 0, [(i, k, o, e) for i, k, o, _, e, _
                                                           in bad]
    assert total["ok"] > 0 and total["error"] > 0


def test_generators_are_deterministic():
    samples = fuzz._samples()
    assert fuzz.make_input(3, 7, samples) == fuzz.make_input(3, 7, samples)
    kinds = {fuzz.make_input(0, i, samples)[0] for i in range(3)}
    assert kinds == {"grammar", "near", "bytes"}


def test_classification():
    assert fuzz.run_input(b"print(1)\n")[:2] == ("ok", 0)
    assert fuzz.run_input(b"1/0\n")[:2] == ("error", 1)
    assert fuzz.run_input(b"x = '\xff'\n")[:2] == ("error", 1)
    assert fuzz.run_input(b"while True:\n    pass\n")[:2] == ("error", 1)


#: Inputs the long fuzz run found: (script, stdout) with PyTorch 2.13's output; each was an
#: internal error before its fix.
REGRESSIONS = [
    # 100,000-input run, seed 1, input 7284: AxisError from sum(dim=0) of a 0-d int tensor
    ("import torch\nprint(torch.tensor(4).sum(dim=0), torch.tensor(4).sum(0, keepdim=True))\n",
     "tensor(4) tensor(4)\n"),
]


@pytest.mark.parametrize("source,expected", REGRESSIONS)
def test_fuzz_regressions(source, expected):
    out, err = io.StringIO(), io.StringIO()
    code = run_source(source, "fuzz.py", out, err)
    assert (code, out.getvalue(), err.getvalue()) == (0, expected, "")
