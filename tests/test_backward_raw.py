"""The engine's array formulas (gradcli/tensor/backward_raw.py) against the Tensor formulas
they stand in for: the same gradients, bit for bit, over random chains of the ops they
cover, with float32/float64/float16 tensors, Python and 0-d operands, broadcasting and
tensors that do not require grad.

A backward pass with create_graph=True always runs the Tensor formulas (it records them),
so it is the reference for the plain pass, which takes the array route wherever it can."""
from __future__ import annotations

import types

import numpy as np
from hypothesis import HealthCheck, given, settings, strategies as st

from gradcli.tensor import autograd, backward_raw
from gradcli.tensor.api import torch_namespace

torch = types.SimpleNamespace(**torch_namespace())

DTYPES = {"float32": torch.float32, "float64": torch.float64, "float16": torch.float16}

# each step: (name, fn(h, other_leaf, constant) -> new h)
STEPS = {
    "add_scalar": lambda h, o, c: h + c,
    "radd_scalar": lambda h, o, c: c + h,
    "add_tensor": lambda h, o, c: h + o,
    "add_alpha": lambda h, o, c: h.add(o, alpha=c),
    "sub_scalar": lambda h, o, c: h - c,
    "sub_tensor": lambda h, o, c: h - o,
    "rsub_tensor": lambda h, o, c: o - h,
    "mul_scalar": lambda h, o, c: h * c,
    "mul_int": lambda h, o, c: h * 3,
    "mul_bool": lambda h, o, c: h * True,
    "mul_tensor": lambda h, o, c: h * o,
    "mul_self": lambda h, o, c: h * h,
    "div_scalar": lambda h, o, c: h / c,
    "div_tensor": lambda h, o, c: h / (o * o + 1),
    "rdiv_tensor": lambda h, o, c: o / (h * h + 1),
    "neg": lambda h, o, c: -h,
    "exp": lambda h, o, c: (h * 0.25).exp(),
    "tanh": lambda h, o, c: h.tanh(),
    "mul_f64_0d": lambda h, o, c: h * torch.tensor(c, dtype=torch.float64),
    "mul_nograd": lambda h, o, c: h * o.detach(),
}

SHAPES = [(), (3,), (2, 3), (1, 3)]


def _grads(program, create_graph):
    dtype_name, shape_x, shape_o, steps, c = program
    dt = DTYPES[dtype_name]
    gen = np.random.default_rng(len(steps) * 7 + len(shape_x))
    x = torch.tensor(gen.uniform(-1, 1, shape_x).tolist(), dtype=dt, requires_grad=True)
    o = torch.tensor(gen.uniform(-1, 1, shape_o).tolist(), dtype=dt, requires_grad=True)
    h = x
    for name in steps:
        h = STEPS[name](h, o, c)
    h.sum().backward(create_graph=create_graph)
    return [None if t.grad is None else t.grad.detach() for t in (x, o)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.tuples(st.sampled_from(sorted(DTYPES)), st.sampled_from(SHAPES),
                 st.sampled_from(SHAPES), st.lists(st.sampled_from(sorted(STEPS)),
                                                   min_size=1, max_size=6),
                 st.sampled_from([0.5, -1.75, 3.0, 1e-3])))
def test_array_formulas_match_tensor_formulas(program):
    shape_x, shape_o = program[1], program[2]
    try:
        np.broadcast_shapes(shape_x, shape_o)
    except ValueError:
        return
    with np.errstate(all="ignore"):
        plain = _grads(program, False)
        reference = _grads(program, True)
    for got, want in zip(plain, reference):
        assert (got is None) == (want is None)
        if got is not None:
            assert got.dtype is want.dtype
            assert got.shape == want.shape
            assert got._data.tobytes() == want._data.tobytes(), program


def test_plain_backward_takes_the_array_route(monkeypatch):
    """The formulas are really used on a plain pass (and not under create_graph)."""
    calls = []
    table = {fn: (lambda f: lambda *a: calls.append(f.__name__) or f(*a))(f)
             for fn, f in backward_raw.FORMULAS.items()}
    monkeypatch.setattr(autograd, "_raw_table", table)
    x = torch.tensor([0.5, -0.25, 1.0], requires_grad=True)
    ((x * 2.0 + 1.0).tanh() / 3.0 - x).exp().sum().backward()
    assert sorted(set(calls)) == ["_add", "_div", "_exp", "_mul", "_sub", "_tanh"]
    calls.clear()
    x.grad = None
    ((x * 2.0).tanh()).sum().backward(create_graph=True)
    assert calls == []


def test_hooks_see_tensors_between_array_formulas():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    seen = []
    y = x * 3.0
    y.register_hook(lambda g: seen.append(type(g).__name__) or g * 2)
    z = (y + 1.0).tanh()
    z.sum().backward()
    assert seen == ["Tensor"]
    ref = torch.tensor([1.0, 2.0], requires_grad=True)
    ((ref * 3.0 + 1.0).tanh()).sum().backward(create_graph=True)
    assert x.grad._data.tobytes() == (ref.grad * 2).detach()._data.tobytes()


def test_leaf_grad_never_aliases_a_script_tensor():
    """A leaf takes the engine's own sum of incoming gradients without a copy, but copies
    anything that passed through unchanged (here the script's `gradient=` tensor)."""
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    g = torch.tensor([1.0, 1.0])
    (x + 0.0).backward(g)          # AddBackward hands g through: x.grad must be a copy
    x.grad.add_(5.0)
    assert g.tolist() == [1.0, 1.0]
    x.grad = None
    (x + x).backward(g)            # two paths: x.grad is the engine's sum g + g
    assert x.grad.tolist() == [2.0, 2.0]
    (x * 3.0).backward(g)          # later passes accumulate into it in place
    assert x.grad.tolist() == [5.0, 5.0]
    assert g.tolist() == [1.0, 1.0]
    seen = []
    w = torch.tensor([1.0, 2.0], requires_grad=True)
    w.register_hook(lambda grad: seen.append(grad) or g)   # a hook returning a script tensor
    (w + w).backward(g)
    w.grad.add_(1.0)
    assert g.tolist() == [1.0, 1.0]
