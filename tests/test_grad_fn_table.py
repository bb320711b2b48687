"""grad_fn class names and next_functions for the elementwise / reduction / linalg /
conversion rows of the reference table (tests/golden/grad_fn_names.tsv).

Each row's expression runs through the gradcli interpreter in the standard environment
(README of the reference data); the resulting tensor's grad_fn name and the class names of
its next_functions (with `#k` for input_nr != 0) are compared with the table.

Rows of other families (views/shape/index ops, nn/functional, in-place view/index writes)
are covered by another test file; they are listed in SKIPPED_FAMILIES below.
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
"""

# grad_fn names produced by view / shape / index / copy ops: another helper's rows.
SHAPE_NODES = {
    "TBackward0", "TBackward1", "PermuteBackward0", "TransposeBackward0", "ViewBackward0",
    "UnsafeViewBackward0", "UnsqueezeBackward0", "UnsqueezeBackward1", "SqueezeBackward0",
    "SqueezeBackward1", "ExpandBackward0", "RepeatBackward0", "CatBackward0",
    "StackBackward0", "SelectBackward0", "IndexBackward0", "SliceBackward0",
    "SplitBackward0", "UnbindBackward0", "IndexSelectBackward0", "GatherBackward0",
    "MaskedFillBackward0", "FlipBackward0", "RollBackward0", "DiagonalBackward0",
    "TrilBackward0", "UnfoldBackward0", "CloneBackward0", "CopySlices",
    "IndexPutBackward0", "AsStridedBackward0", "ZeroBackward0", "FillBackward2",
    "CopyBackwards", "IndexAddBackward0", "ScatterBackward1",
}
# Ops of these families that nevertheless end in a view node.
OURS_DESPITE_VIEW = ("@", "matmul", "einsum", "outer")
SHAPE_NONE = ("x.detach()", "x.contiguous()")

# Rows of our families that are deliberately not asserted, with the reason.
KNOWN_SKIPS = {
    "x.sort(1).values": "sorting (sort/topk) belongs to the index/shape helper",
    "x.topk(2).values": "sorting (sort/topk) belongs to the index/shape helper",
}


def _rows():
    with TABLE.open(newline="") as fh:
        rd = csv.DictReader(fh, delimiter="\t")
        return list(rd)


def family_of(row):
    """'ours' or the reason the row belongs to another helper."""
    expr = row["expression"]
    if expr in KNOWN_SKIPS:
        return KNOWN_SKIPS[expr]
    body = expr.split("  -> ")[0]
    if body.startswith(("F.", "torch.nn.", "lin(")) or "F." in body or "lin(" in body:
        return "nn / nn.functional (other helper)"
    if row["grad_fn"] in SHAPE_NODES and not any(k in body for k in OURS_DESPITE_VIEW):
        return "view / shape / index op (other helper)"
    if expr in SHAPE_NONE:
        return "view / shape op (other helper)"
    return "ours"


ROWS = _rows()
OURS = [r for r in ROWS if family_of(r) == "ours"]
SKIPPED_FAMILIES = {r["expression"]: family_of(r) for r in ROWS if family_of(r) != "ours"}


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


def test_partition_is_sane():
    assert len(OURS) >= 140
    assert all(not r.startswith(("F.", "torch.nn.")) for r in (x["expression"] for x in OURS))


@pytest.mark.parametrize("row", OURS, ids=[r["expression"] for r in OURS])
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
