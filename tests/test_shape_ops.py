"""grad_fn names and next_functions of the shape/view/index/join/nn/in-place rows of the
reference table (tests/golden/grad_fn_names.tsv, a copy of the shared reference), run on
the engine directly; plus a few direct engine checks of views and indexing."""
from __future__ import annotations

import csv
import re
import types
from pathlib import Path

import numpy as np
import pytest

from gradcli.tensor.api import torch_namespace

TSV = Path(__file__).resolve().parent / "golden" / "grad_fn_names.tsv"

FAMILY = re.compile(
    r"view|reshape|flatten|squeeze|expand|repeat|cat\(|stack|\[|narrow|chunk|split|unbind|"
    r"index_select|gather|scatter|masked|flip|roll|diag|tril|triu|F\.|nn\.|lin\(|->|"
    r"\.t\(\)|transpose|permute|contiguous|clone|movedim|\.T\b|softmax")

# Rows whose expected output we know we do not reproduce yet: expression -> reason.
KNOWN: dict[str, str] = {}


def _ns(obj):
    if isinstance(obj, dict):
        return types.SimpleNamespace(**{k: _ns(v) for k, v in obj.items()})
    return obj


def _torch():
    return _ns(torch_namespace())


def _rows():
    with TSV.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for row in rows:
        if FAMILY.search(row["expression"]) and "einsum" not in row["expression"]:
            yield row


def _env(torch):
    torch.manual_seed(0)
    F = torch.nn.functional

    def leaf(*shape, dtype=None):
        return torch.rand(*shape, dtype=dtype, requires_grad=True)
    env = dict(
        torch=torch, F=F, nn=torch.nn,
        x=leaf(2, 3), y=leaf(2, 3), p=leaf(2, 3), v=leaf(3), w=leaf(3), s=leaf(),
        A=leaf(2, 3), B=leaf(3, 4), bA=leaf(5, 2, 3), bB=leaf(5, 3, 4), W=leaf(4, 3),
        b=leaf(4), x64=leaf(2, 3, dtype=torch.float64), xc=torch.rand(2, 3),
        t01=(torch.rand(2, 3) > 0.5).float(), logits=leaf(4, 5),
        target=torch.tensor([1, 0, 4, 2]), idx=torch.tensor([1, 0]),
        idxc=torch.tensor([0, 2]), idx2=torch.tensor([[0, 1], [1, 0]]),
        mask=torch.tensor([[True, False, True], [False, True, False]]),
        lin=torch.nn.Linear(3, 4),
    )
    return env


def _describe(out):
    fn = out.grad_fn if hasattr(out, "grad_fn") else None
    if fn is None:
        return "None", ""
    parts = []
    for nxt, nr in fn.next_functions:
        name = "None" if nxt is None else type(nxt).__name__
        if nr:
            name += f"#{nr}"
        parts.append(name)
    return type(fn).__name__, "; ".join(parts)


def _params():
    for row in _rows():
        expr = row["expression"]
        marks = ()
        if expr in KNOWN:
            marks = (pytest.mark.xfail(reason=KNOWN[expr], strict=True),)
        yield pytest.param(row, id=expr, marks=marks)


@pytest.mark.parametrize("row", list(_params()))
def test_grad_fn_row(row):
    torch = _torch()
    env = _env(torch)
    expr = row["expression"]
    if "->" in expr:
        stmts, var = expr.split("->")
        for st in stmts.split(";"):
            exec(st.strip(), env)
        out = env[var.strip()]
    else:
        out = eval(expr, env)
    name, nexts = _describe(out)
    assert name == row["grad_fn"]
    assert nexts == (row["next_functions"] or "")


def test_family_rows_are_many():
    assert len(list(_rows())) >= 100


def test_views_share_storage_and_version():
    torch = _torch()
    a = torch.arange(6.)
    b = a.view(2, 3)
    c = b[1]
    c.fill_(7.)
    assert a.tolist() == [0., 1., 2., 7., 7., 7.]
    assert a._version == b._version == c._version == 1


def test_copy_slices_gradient_of_source():
    torch = _torch()
    x = torch.ones(2, 3, requires_grad=True)
    h = torch.zeros(2, 3)
    h[0] = x[1] * 2
    assert type(h.grad_fn).__name__ == "CopySlices"
    h.sum().backward()
    assert x.grad.tolist() == [[0., 0., 0.], [2., 2., 2.]]


def test_advanced_index_applies_basic_items_first():
    torch = _torch()
    x = torch.arange(24.).view(2, 3, 4)
    r = x[1, :, [0, 2]]
    assert tuple(r.shape) == (3, 2)
    assert np.array_equal(r._data, np.arange(24.).reshape(2, 3, 4)[1][:, [0, 2]])


def test_split_outputs_are_views_with_one_node():
    torch = _torch()
    x = torch.rand(4, 3, requires_grad=True)
    a, b = x.split(2)
    assert a.grad_fn is b.grad_fn and b.output_nr == 1
    (b * 3).sum().backward()
    assert x.grad.tolist() == [[0.] * 3] * 2 + [[3.] * 3] * 2
