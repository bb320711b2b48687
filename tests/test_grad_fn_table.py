"""grad_fn class names and next_functions for every row of the reference table
(tests/golden/grad_fn_names.tsv, 325 operations).

Each row's expression runs through the gradcli interpreter in the standard environment
(README of the reference data); the resulting tensor's grad_fn name and the class names of
its next_functions (with `#k` for input_nr != 0) are compared with the table.

"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from gradcli.compiler import compile_module
from gradcli.compiler_func import CallState
from gradcli.runtime import Importer, make_builtins
from gradcli.syntax import parse

TABLE = Path(__file__).resolve().parent / "golden" / "grad_fn_names.tsv"

ENV = """\
import torch
torch.manual_seed(0)
x = (torch.rand(2, 3) + 0.5).requires_grad_()
y = (torch.rand(2, 3) + 0.5).requires_grad_()
p = (torch.rand(2, 3) * 0.8 + 0.1).requires_grad_()
v = torch.rand(3, requires_grad=True)
w = torch.rand(3, requires_grad=True)
s = torch.rand((), requires_grad=True)
A = torch.rand(2, 3, requires_grad=True)
B = torch.rand(3, 4, requires_grad=True)
bA = torch.rand(5, 2, 3, requires_grad=True)
bB = torch.rand(5, 3, 4, requires_grad=True)
W = torch.rand(4, 3, requires_grad=True)
b = torch.rand(4, requires_grad=True)
x64 = torch.rand(2, 3, dtype=torch.float64, requires_grad=True)
xc = torch.rand(2, 3)
t01 = (torch.rand(2, 3) > 0.5).float()
logits = torch.randn(4, 5, requires_grad=True)
target = torch.tensor([0, 3, 1, 4])
idx = torch.tensor([1, 0])
idxc = torch.tensor([0, 2])
idx2 = torch.tensor([[0, 1], [2, 0]])
mask = torch.tensor([[True, False, True], [False, True, False]])
lin = torch.nn.Linear(3, 4)
import torch.nn.functional as F
"""

def _rows():
    with TABLE.open(newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


ROWS = _rows()


def _node_name(fn):
    return "None" if fn is None else type(fn).__name__


def evaluate(expr):
    """Run ENV plus the row's statements through the interpreter; return the result."""
    if "  -> " in expr:
        stmts, var = expr.split("  -> ")
        src = ENV + "\n".join(s.strip() for s in stmts.split(";")) + f"\nout = {var.strip()}\n"
    else:
        src = ENV + f"out = {expr}\n"
    g = {"__name__": "__main__"}
    program = compile_module(parse(src), g, make_builtins(), Importer(), CallState())
    program()
    return g["out"]


def test_every_row_is_checked():
    assert len(ROWS) == 325


@pytest.mark.parametrize("row", ROWS, ids=[r["expression"] for r in ROWS])
def test_grad_fn_row(row):
    out = evaluate(row["expression"])
    fn = out.grad_fn
    assert _node_name(fn) == row["grad_fn"]
    want = [n.strip() for n in row["next_functions"].split(";")] if row["next_functions"] else []
    if fn is None:
        assert want == []
        return
    got = []
    for f, nr in fn.next_functions:
        name = _node_name(f)
        got.append(name if not nr else f"{name} #{nr}")
    assert got == want
    assert str(tuple(out.shape)) == row["out_shape"]
    assert out.dtype.name == row["out_dtype"]
