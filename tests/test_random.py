"""gradcli.tensor.random against values recorded from real torch 2.13.

The goldens hold PyTorch call strings (``torch.randn(20)``, setup statements such
as ``g = torch.Generator().manual_seed(7)``).  A tiny evaluator below walks their
Python AST and maps each torch function to our Generator through one explicit
table (TORCH_FUNCS), so every case runs the same code whatever its values.
"""

from __future__ import annotations

import ast
import json
import time
from pathlib import Path

import numpy as np
import pytest

from gradcli.tensor import random as rnd
from gradcli.tensor.random import Generator
from gradcli.tensor.random_math import _exact_fma32, _exact_fma64, fma32, fma64

GOLDEN = Path(__file__).parent / "golden" / "rng"
DTYPES = {"torch.float32": np.float32, "torch.float64": np.float64, "torch.int32": np.int32,
          "torch.int64": np.int64, "torch.uint8": np.uint8}


# ----------------------------------------------------------------- evaluator
class _Empty:
    """torch.empty(...) awaiting an in-place fill; ``t()`` makes it a transposed view."""

    def __init__(self, shape, dtype, transposed=False):
        self.shape, self.dtype, self.transposed = tuple(shape), dtype, transposed

    def t(self):
        return _Empty(self.shape[::-1], self.dtype, not self.transposed)

    def _base(self):
        return self.shape[::-1] if self.transposed else self.shape

    def normal_(self, mean=0.0, std=1.0, generator=None):
        g = generator or _ctx.gen
        out = g.normal(self._base(), mean, std, self.dtype, contiguous=not self.transposed)
        return out.T if self.transposed else out

    def uniform_(self, a=0.0, b=1.0, generator=None):
        return (generator or _ctx.gen).uniform(self.shape, a, b, self.dtype)

    def bernoulli_(self, p, generator=None):
        return (generator or _ctx.gen).bernoulli(self.shape, p, self.dtype)


class _Linear:
    def __init__(self, in_f, out_f, bias=True):
        self.weight, self.bias = _ctx.gen.linear_init(in_f, out_f, bias)


def _size(args):
    return tuple(args[0]) if len(args) == 1 and isinstance(args[0], tuple) else tuple(args)


def _gen(kw):
    return kw.get("generator") or _ctx.gen


def _randint(*args, dtype=np.int64, **kw):
    low, high, size = (0, *args) if len(args) == 2 else args
    return _gen(kw).randint(low, high, size, dtype)


def _randint_like(x, *args, **kw):
    low, high = (0, *args) if len(args) == 1 else args
    return _gen(kw).randint(low, high, x.shape, x.dtype)


def _normal(mean, std, size=None, dtype=np.float32, **kw):
    if size is not None:
        return _gen(kw).normal(size, mean, std, dtype)
    return _gen(kw).normal_tensor(mean, std, dtype)


def _dropout(x, p, training=True):
    mask = _ctx.gen.dropout_mask(x.shape, p, x.dtype) if training else None
    return x if mask is None else (x * mask).astype(x.dtype)


TORCH_FUNCS = {
    "torch.manual_seed": lambda s: _ctx.gen.manual_seed(s),
    "torch.initial_seed": lambda: _ctx.gen.initial_seed(),
    "torch.get_rng_state": lambda: _ctx.gen.get_state(),
    "torch.set_rng_state": lambda s: _ctx.gen.set_state(s),
    "torch.Generator": Generator,
    "torch.rand": lambda *a, dtype=np.float32, **kw: _gen(kw).rand(_size(a), dtype),
    "torch.randn": lambda *a, dtype=np.float32, **kw: _gen(kw).normal(_size(a), 0.0, 1.0, dtype),
    "torch.randint": _randint,
    "torch.randint_like": _randint_like,
    "torch.randperm": lambda n, **kw: _gen(kw).randperm(n),
    "torch.normal": _normal,
    "torch.bernoulli": lambda p, **kw: _gen(kw).bernoulli_tensor(p),
    "torch.empty": lambda *a, dtype=np.float32: _Empty(_size(a), dtype),
    "torch.zeros": lambda *a, dtype=np.float32: np.zeros(_size(a), dtype),
    "torch.ones": lambda *a, dtype=np.float32: np.ones(_size(a), dtype),
    "torch.full": lambda size, v, dtype=np.float32: np.full(size, v, dtype),
    "torch.arange": lambda *a: np.arange(*a, dtype=np.float32),
    "torch.tensor": lambda v: np.array(v, dtype=np.float32),
    "torch.nn.functional.dropout": _dropout,
    "torch.nn.Linear": _Linear,
}


class _Ctx:
    gen = Generator()
    names: dict = {}


_ctx = _Ctx()


def _dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


def _eval(node):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Tuple):
        return tuple(_eval(e) for e in node.elts)
    if isinstance(node, ast.List):
        return [_eval(e) for e in node.elts]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand)
    if isinstance(node, ast.BinOp):
        ops = {ast.Pow: lambda a, b: a**b, ast.Add: lambda a, b: a + b,
               ast.Mult: lambda a, b: a * b, ast.Sub: lambda a, b: a - b}
        return ops[type(node.op)](_eval(node.left), _eval(node.right))
    name = _dotted(node)
    if name in DTYPES:
        return DTYPES[name]
    if isinstance(node, ast.Name):
        return _ctx.names[node.id]
    if isinstance(node, ast.Attribute):
        return getattr(_eval(node.value), node.attr)
    if isinstance(node, ast.Call):
        args = [_eval(a) for a in node.args]
        kwargs = {k.arg: _eval(k.value) for k in node.keywords}
        fname = _dotted(node.func)
        if fname in TORCH_FUNCS:
            return TORCH_FUNCS[fname](*args, **kwargs)
        return _eval(node.func)(*args, **kwargs)  # method of a value (g.manual_seed, .t())
    raise ValueError(f"unsupported syntax: {ast.dump(node)}")


def run_case(case: dict):
    _ctx.gen = Generator()
    _ctx.names = {}
    _ctx.gen.manual_seed(case["seed"])
    for stmt in case.get("setup", []):
        tree = ast.parse(stmt).body[0]
        if isinstance(tree, ast.Assign) and isinstance(tree.targets[0], ast.Subscript):
            target = tree.targets[0]  # s[8] = 112: edit a saved state
            _eval(target.value)[_eval(target.slice)] = _eval(tree.value)
        elif isinstance(tree, ast.Assign):
            _ctx.names[tree.targets[0].id] = _eval(tree.value)
        else:
            _eval(tree.value)
    return _eval(ast.parse(case["call"], mode="eval").body)


def check_case(case: dict) -> None:
    got = run_case(case)
    if case["dtype"] == "int":
        assert got == case["values"][0]
        return
    got = np.asarray(got)
    assert str(got.dtype) == case["dtype"]
    assert list(got.shape) == case["shape"]
    flat = got.ravel()
    picked = np.concatenate([flat[a:b] for a, b in case.get("pick", [[0, None]])])
    want = np.array(case["values"], dtype=got.dtype)
    bits = f"u{got.dtype.itemsize}"  # compare bit patterns: exact, and -0.0 != 0.0
    bad = np.flatnonzero(np.ascontiguousarray(picked).view(bits) != want.view(bits))
    assert bad.size == 0, f"{bad.size} mismatches, first at {bad[:5]}: {picked[bad[:5]]} vs {want[bad[:5]]}"


def _load_vectors():
    with open(GOLDEN / "rng_vectors.jsonl") as f:
        return [json.loads(line) for line in f if line.strip()]


VECTORS = _load_vectors()
EXTRA = json.loads((GOLDEN / "extra_cases.json").read_text())


@pytest.mark.parametrize("case", VECTORS, ids=[f"{c['seed']}:{c['call']}" for c in VECTORS])
def test_reference_vectors(case):
    check_case(case)


@pytest.mark.parametrize("case", EXTRA, ids=[c["name"] for c in EXTRA])
def test_extra_goldens(case):
    check_case(case)
