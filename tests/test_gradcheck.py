"""Central finite differences (float64) against autograd for the differentiable ops of the
pointwise / reduction / linalg families, over random shapes incl. broadcasting and
zero-size dims."""
from __future__ import annotations

import types

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from gradcli.tensor.api import torch_namespace
from gradcli.tensor.tensor import make
from gradcli.tensor import dtypes

torch = types.SimpleNamespace(**torch_namespace())

UNARY = {
    "exp": lambda x: x.exp(), "log": lambda x: (x * x + 0.5).log(), "sin": lambda x: x.sin(),
    "cos": lambda x: x.cos(), "tanh": lambda x: x.tanh(), "sigmoid": lambda x: x.sigmoid(),
    "sqrt": lambda x: (x * x + 1).sqrt(), "rsqrt": lambda x: (x * x + 1).rsqrt(),
    "atan": lambda x: x.atan(), "asinh": lambda x: x.asinh(), "erf": lambda x: x.erf(),
    "expm1": lambda x: x.expm1(), "log1p": lambda x: (x * x).log1p(),
    "square": lambda x: x.square(), "pow3": lambda x: x ** 3, "rpow": lambda x: 2 ** x,
    "recip": lambda x: (x * x + 1).reciprocal(), "sum": lambda x: x.sum(),
    "sum0": lambda x: x.sum(0), "mean_last": lambda x: x.mean(-1),
    "prod": lambda x: x.prod(-1), "logsumexp": lambda x: x.logsumexp(-1),
    "softmax": lambda x: x.softmax(-1), "log_softmax": lambda x: x.log_softmax(0),
    "cumsum": lambda x: x.cumsum(-1), "cumprod": lambda x: x.cumprod(0),
    "norm": lambda x: (x * x + 1).norm(dim=-1), "var": lambda x: x.var(-1, correction=0),
    "std": lambda x: (x + torch.arange(float(x.shape[-1]), dtype=x.dtype)).std(-1, correction=0),
    "amax": lambda x: x.amax(-1), "max_dim": lambda x: x.max(-1)[0],
}

BINARY = {
    "add": lambda a, b: a + b * 2, "sub": lambda a, b: a.sub(b, alpha=3),
    "mul": lambda a, b: a * b, "div": lambda a, b: a / (b * b + 1),
    "pow": lambda a, b: (a * a + 1) ** b, "atan2": lambda a, b: torch.atan2(a, b * b + 1),
    "hypot": lambda a, b: torch.hypot(a * a + 1, b), "logaddexp": lambda a, b: torch.logaddexp(a, b),
    "lerp": lambda a, b: torch.lerp(a, b, 0.3), "where": lambda a, b: torch.where(a > 0.1234, a, b),
    "addcmul": lambda a, b: torch.addcmul(a, b, b, value=0.5),
    "addcdiv": lambda a, b: torch.addcdiv(a, b, b * b + 1, value=2.0),
}

MATMUL_SHAPES = [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)), ((2, 3), (3, 4)),
                 ((5, 2, 3), (3, 4)), ((5, 2, 3), (5, 3, 4)), ((3,), (5, 3, 4)),
                 ((2, 3), (5, 3, 4)), ((2, 1, 2, 3), (5, 3, 2)), ((0, 3), (3, 2))]


def leaf(arr):
    t = make(np.array(arr, np.float64), dtypes.float64)
    t.requires_grad_()
    return t


def numeric_grad(fn, arrays, i, w, eps=1e-6):
    base = [a.copy() for a in arrays]
    g = np.zeros_like(base[i])
    for idx in np.ndindex(*base[i].shape):
        vals = []
        for sgn in (1, -1):
            arrs = [a.copy() for a in base]
            arrs[i][idx] += sgn * eps
            out = fn(*[make(a, dtypes.float64) for a in arrs])._data
            vals.append(float(np.sum(out * w)))
        g[idx] = (vals[0] - vals[1]) / (2 * eps)
    return g


def check(fn, arrays):
    leaves = [leaf(a) for a in arrays]
    out = fn(*leaves)
    w = np.random.default_rng(0).standard_normal(out._data.shape)
    (out * make(w, dtypes.float64)).sum().backward()
    for i, t in enumerate(leaves):
        num = numeric_grad(fn, arrays, i, w)
        got = t._grad._data if t._grad is not None else np.zeros_like(num)
        np.testing.assert_allclose(got, num, rtol=1e-4, atol=1e-5)


shapes = st.lists(st.integers(1, 3), min_size=1, max_size=3).map(tuple)
FAST = settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))


def _arr(data, shape):
    n = int(np.prod(shape))
    vals = data.draw(st.lists(st.floats(-2, 2), min_size=n, max_size=n))
    a = np.array(vals, np.float64).reshape(shape)
    return a + np.arange(n).reshape(shape) * 1e-3  # break ties


@pytest.mark.parametrize("name", sorted(UNARY))
@FAST
@given(data=st.data(), shape=shapes)
def test_unary_grad(name, data, shape):
    check(UNARY[name], [_arr(data, shape)])


@pytest.mark.parametrize("name", sorted(BINARY))
@FAST
@given(data=st.data(), shape=shapes, drop=st.integers(0, 2))
def test_binary_grad_broadcast(name, data, shape, drop):
    other = tuple(1 if k == drop else s for k, s in enumerate(shape))[max(0, drop - 1):]
    check(BINARY[name], [_arr(data, shape), _arr(data, other or (1,))])


@pytest.mark.parametrize("sa,sb", MATMUL_SHAPES, ids=[f"{a}@{b}" for a, b in MATMUL_SHAPES])
def test_matmul_grad(sa, sb):
    rng = np.random.default_rng(1)
    check(lambda a, b: a @ b, [rng.standard_normal(sa), rng.standard_normal(sb)])


@pytest.mark.parametrize("eq,shapes_", [("ij,jk->ik", [(2, 3), (3, 4)]), ("i,i->", [(3,), (3,)]),
                                        ("bij,bjk->bik", [(2, 2, 3), (2, 3, 2)]),
                                        ("i,j->ij", [(3,), (2,)]), ("ij->i", [(2, 3)])])
def test_einsum_grad(eq, shapes_):
    rng = np.random.default_rng(2)
    check(lambda *ts: torch.einsum(eq, *ts), [rng.standard_normal(s) for s in shapes_])


def test_linalg_misc_grads():
    rng = np.random.default_rng(3)
    check(lambda b, a, c: torch.addmm(b, a, c, beta=0.5, alpha=2),
          [rng.standard_normal((4,)), rng.standard_normal((2, 3)), rng.standard_normal((3, 4))])
    check(lambda m: torch.trace(m), [rng.standard_normal((3, 3))])
    check(lambda v: torch.diag(v, 1), [rng.standard_normal((3,))])
    check(lambda m: torch.diag(m), [rng.standard_normal((3, 4))])
    check(lambda a, b: torch.outer(a, b), [rng.standard_normal((3,)), rng.standard_normal((2,))])


def test_zero_size_grads():
    x = leaf(np.zeros((0, 3)))
    (x.exp().sum() + x.sum(0).sum() + (x * 2).mean(1).sum()).backward()
    assert x._grad._data.shape == (0, 3)
