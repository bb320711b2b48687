"""Bit-exact checks of gradcli.tensor.reduce against goldens produced by torch 2.13.

The goldens (tests/golden/reduce) come from tests/gen_reduce_goldens.py run under the torch
oracle; inputs are rebuilt here from (shape, seed, layout) with the generator's own
``make_input``, so torch is never needed.
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import io
import json
import os
import re

import numpy as np
import pytest

from gradcli.tensor.reduce import (cumsum_f32, cumsum_f64, mean_f32, mean_f64, sum_f32,
                                   sum_f64)

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden", "reduce")

_spec = importlib.util.spec_from_file_location("gen_reduce_goldens",
                                               os.path.join(HERE, "gen_reduce_goldens.py"))
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

OPS = {
    "sum": sum_f32, "mean": mean_f32, "sum64": sum_f64, "mean64": mean_f64,
    "cumsum": lambda a, dims, keepdim: cumsum_f32(a, dims[0]),
    "cumsum64": lambda a, dims, keepdim: cumsum_f64(a, dims[0]),
}


def _load(name):
    with open(os.path.join(GOLDEN, name)) as fh:
        return json.load(fh)


def _matches(got: np.ndarray, expected: dict) -> bool:
    got = np.asarray(got)
    if list(got.shape) != expected["shape"] or str(got.dtype) != expected["dtype"]:
        return False
    raw = np.ascontiguousarray(got).tobytes()
    if "hex" in expected:
        return raw.hex() == expected["hex"]
    return hashlib.sha256(raw).hexdigest() == expected["sha256"]


def _describe(case):
    keys = ("op", "shape", "seed", "dims", "keepdim", "layout")
    return {k: case[k] for k in keys if k in case}


def _inputs(cases):
    """make_input for every case, generating each (seed, dtype) stream once (prefixes)."""
    longest: dict = {}
    for case in cases:
        key = (case["seed"], case["op"].endswith("64"))
        longest[key] = max(longest.get(key, 0), int(np.prod(case["shape"])))
    streams = {k: gen.make_input((n,), k[0], np.float64 if k[1] else np.float32)
               for k, n in longest.items()}
    for case in cases:
        flat = streams[(case["seed"], case["op"].endswith("64"))]
        yield case, flat[:int(np.prod(case["shape"]))].reshape(case["shape"])


def test_input_streams_are_prefixes():
    assert np.array_equal(gen.make_input((7, 3), 5), gen.make_input((100,), 5)[:21].reshape(7, 3))


@pytest.mark.parametrize("group", ["1d", "2d", "nd", "layout", "split", "f64", "cumsum"])
def test_golden_cases(group):
    failures = []
    cases = _load(f"cases_{group}.json")
    for case, base in _inputs(cases):
        x = gen.apply_layout(base, case.get("layout", "c"))
        dims = case.get("dims")
        got = OPS[case["op"]](x, None if dims is None else tuple(dims), case.get("keepdim", False))
        if not _matches(got, case["expected"]):
            failures.append(_describe(case))
    assert not failures, f"{len(failures)}/{len(cases)} differ from torch, e.g. {failures[:5]}"


def test_special_values():
    for case in _load("cases_special.json"):
        x = np.array([float(v) for v in case["values"]], np.float32)
        assert _matches(sum_f32(x), case["sum"]), case["name"]
        assert _matches(mean_f32(x), case["mean"]), case["name"]
        x2 = np.ascontiguousarray(np.broadcast_to(x[:, None], (x.size, 3)))
        assert _matches(sum_f32(x2, (0,)), case["sum2d"]), case["name"]


def test_negative_zero_prints_positive():
    assert np.signbit(sum_f32(np.array([-0.0], np.float32))) == np.False_
    assert np.signbit(sum_f32(np.full((3, 9), -0.0, np.float32), (1,))).sum() == 0


# ------------------------------------------------------------------------------ API shape rules

def test_shapes_keepdim_and_negative_dims():
    a = gen.make_input((2, 3, 4), 0)
    assert sum_f32(a).shape == ()
    assert isinstance(sum_f32(a), np.ndarray) and sum_f32(a).dtype == np.float32
    assert sum_f32(a, (1,)).shape == (2, 4)
    assert sum_f32(a, (-1, 0), keepdim=True).shape == (1, 3, 1)
    assert np.array_equal(sum_f32(a, (-1,)), sum_f32(a, (2,)))
    assert sum_f32(a, ()).shape == ()                       # torch: empty dim list = all
    assert mean_f32(a, (0, 2)).shape == (3,)
    assert cumsum_f32(a, -1).shape == (2, 3, 4)


def test_zero_dim_and_empty():
    s = np.array(2.5, np.float32)
    assert sum_f32(s) == np.float32(2.5) and sum_f32(s).shape == ()
    assert sum_f32(s, (0,)).shape == () and sum_f32(s, (-1,)) == np.float32(2.5)
    assert cumsum_f32(s, 0) == np.float32(2.5)
    assert sum_f32(np.zeros(0, np.float32)) == 0.0
    assert np.isnan(mean_f32(np.zeros(0, np.float32)))
    assert np.array_equal(sum_f32(np.zeros((0, 3), np.float32), (0,)), np.zeros(3, np.float32))
    assert sum_f32(np.zeros((3, 0), np.float32), (0,)).shape == (0,)


def test_dim_errors():
    a = np.ones((2, 3), np.float32)
    with pytest.raises(IndexError, match=r"expected to be in range of \[-2, 1\], but got 2"):
        sum_f32(a, (2,))
    with pytest.raises(RuntimeError, match="dim 0 appears multiple times"):
        sum_f32(a, (0, -2))


def test_input_is_not_modified_and_layout_copies():
    a = gen.make_input((40, 50), 3)
    keep = a.copy()
    sum_f32(a, (0,))
    assert np.array_equal(a, keep)
    # a NumPy-only flip is summed like its C-order copy
    assert np.array_equal(sum_f32(a[::-1], (0,)), sum_f32(np.ascontiguousarray(a[::-1]), (0,)))


# ------------------------------------------------------------------------------ the 76 vectors

class _Shim:
    """Just enough of a tensor to evaluate the vectors' print expressions on NumPy data."""

    def __init__(self, a):
        self.a = a

    def sum(self, dim=None):
        return _Shim(sum_f32(self.a, None if dim is None else (dim,)))

    def mean(self, dim=None):
        return _Shim(mean_f32(self.a, None if dim is None else (dim,)))

    def cumsum(self, dim):
        return _Shim(cumsum_f32(self.a, dim))

    def item(self):
        return float(self.a)

    def tolist(self):
        return self.a.tolist()

    def __getitem__(self, key):
        return _Shim(self.a[key])


def _vector_ids():
    with open(os.path.join(GOLDEN, "reduction_vectors.jsonl")) as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize("vec", _vector_ids(), ids=lambda v: v["id"])
def test_reduction_vectors(vec):
    info = _load("vector_inputs.json").get(vec["id"])
    if info is None:
        pytest.skip("dot/mv/mm (MKL order, not modelled here: reductions.md section 8)")
    if "patch" not in info:
        pytest.skip(f"input of {info['n']} torch sin/cos values is too large to store; "
                    "checked end to end through the interpreter")
    base = gen.vector_base(info["n"], info["c"], info["fn"])
    bits = base.view(np.int32)
    patch = np.array(info["patch"], np.int64).reshape(-1, 2)
    bits[patch[:, 0]] = (bits[patch[:, 0]].astype(np.int64) + patch[:, 1]).astype(np.int32)
    if info["extra"] == " + 0.25":
        base = base + np.float32(0.25)
    elif info["extra"] == " * 1000.0":
        base = base * np.float32(1000.0)
    if hashlib.sha256(base.tobytes()).hexdigest() != info["sha256"]:
        pytest.skip("this NumPy's float64 sin/cos rounds differently; cannot rebuild the input")
    setup, printed = vec["code"].split("\n")[1].split("; ", 1)
    shape = re.search(r"\.reshape\((\d+), (\d+)\)", setup)
    x = base.reshape(int(shape.group(1)), int(shape.group(2))) if shape else base
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(printed, {"x": _Shim(x)})               # test-only: the committed vector text
    assert out.getvalue() == vec["stdout"]


# ------------------------------------------------------------------------------ self-consistency

from hypothesis import given, settings, strategies as st  # noqa: E402

import gradcli.tensor.reduce as reduce_mod  # noqa: E402


@st.composite
def _shapes_and_dims(draw):
    ndim = draw(st.integers(0, 4))
    shape = tuple(draw(st.lists(st.sampled_from([1, 2, 3, 5, 8, 9, 17, 40]), min_size=ndim,
                                max_size=ndim)))
    if draw(st.booleans()):
        dims = None
    else:
        dims = tuple(draw(st.lists(st.integers(0, max(ndim - 1, 0)), unique=True, max_size=ndim)))
    return shape, dims, draw(st.booleans()), draw(st.integers(0, 99))


@settings(max_examples=60, deadline=None)
@given(_shapes_and_dims())
def test_shortcuts_agree_with_general_plan(case):
    shape, dims, keepdim, seed = case
    a = gen.make_input(shape, seed)
    fast = sum_f32(a, dims, keepdim)
    reduce_mod._SHORTCUTS = False
    try:
        slow = sum_f32(a, dims, keepdim)
    finally:
        reduce_mod._SHORTCUTS = True
    assert fast.shape == slow.shape
    assert np.array_equal(fast.view(np.uint32), slow.view(np.uint32))
