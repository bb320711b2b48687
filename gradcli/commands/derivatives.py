"""Variables, gradients, Jacobians and Hessians on gradcli's own autograd engine.

Shared by ``gradcli grad`` and ``gradcli check``.  Nothing here prints.
"""
from __future__ import annotations

import numpy as np

from .exprs import Expression, ExprError


def dtype_named(name: str):
    from gradcli.tensor import dtypes
    return {"float32": dtypes.float32, "float64": dtypes.float64}[name]


def make_variable(value, dtype):
    """A leaf tensor of ``dtype`` that requires grad, from a number, list or tensor."""
    from gradcli.tensor import creation
    from gradcli.tensor.tensor import Tensor, make
    if isinstance(value, Tensor):
        arr = np.array(value._data, dtype=dtype.np)
    elif isinstance(value, (bool, int, float, list, tuple)):
        try:
            arr = np.array(creation.tensor(value, dtype=dtype)._data, dtype=dtype.np)
        except (TypeError, ValueError) as exc:
            raise ExprError(f"cannot make a tensor of {value!r}: {exc}") from None
    else:
        raise ExprError(f"a variable must be a number, a list or a tensor, "
                        f"not {type(value).__name__}")
    t = make(arr, dtype)
    t._requires_grad = True
    return t


def as_tensor(value, dtype):
    """The expression's result as a tensor (a Python number becomes a constant)."""
    from gradcli.tensor.tensor import Tensor, make
    if isinstance(value, Tensor):
        return value
    if isinstance(value, (bool, int, float)):
        return make(np.array(float(value), dtype=dtype.np), dtype)
    raise ExprError(f"the expression must give a tensor or a number, not {type(value).__name__}")


def _grad(outputs, leaves, grad_outputs=None, create_graph=False):
    """d outputs / d leaves, zeros where a leaf is not reached."""
    from gradcli.tensor.autograd_api import grad
    from gradcli.tensor.tensor import make
    if not outputs._requires_grad:
        return [make(np.zeros_like(v._data), v.dtype) for v in leaves]
    got = grad(outputs, leaves, grad_outputs=grad_outputs, retain_graph=True,
               create_graph=create_graph, allow_unused=True)
    return [make(np.zeros_like(v._data), v.dtype) if g is None else g
            for g, v in zip(got, leaves)]


def gradients(y, leaves):
    """Gradients of a one-element ``y`` with respect to each leaf."""
    if y.numel() != 1:
        raise ValueError("gradients() needs a one-element result")
    return _grad(y, leaves)


def jacobian(y, leaves):
    """One array per leaf, shape ``y.shape + leaf.shape``."""
    from gradcli.tensor.tensor import make
    n = y.numel()
    rows = [[] for _ in leaves]
    for i in range(n):
        seed = np.zeros(y._data.shape, dtype=y.dtype.np)
        seed.reshape(-1)[i] = 1
        got = _grad(y, leaves, grad_outputs=make(seed, y.dtype))
        for k, g in enumerate(got):
            rows[k].append(np.array(g._data))
    return [np.stack(r).reshape(tuple(y.shape) + tuple(v.shape)) if r else
            np.zeros(tuple(y.shape) + tuple(v.shape), dtype=v.dtype.np)
            for r, v in zip(rows, leaves)]


def hessian(s, leaves):
    """{(i, j): array of shape leaf_i.shape + leaf_j.shape} for a one-element ``s``."""
    from gradcli.tensor.tensor import make
    if not s._requires_grad:
        return {(i, j): np.zeros(tuple(a.shape) + tuple(b.shape), dtype=a.dtype.np)
                for i, a in enumerate(leaves) for j, b in enumerate(leaves)}
    firsts = _grad(s, leaves, create_graph=True)
    blocks = {}
    for i, (g, a) in enumerate(zip(firsts, leaves)):
        per_j = [[] for _ in leaves]
        for k in range(a.numel()):
            seed = np.zeros(a._data.shape, dtype=g.dtype.np)
            seed.reshape(-1)[k] = 1
            got = _grad(g, leaves, grad_outputs=make(seed, g.dtype))
            for j, h in enumerate(got):
                per_j[j].append(np.array(h._data))
        for j, b in enumerate(leaves):
            shape = tuple(a.shape) + tuple(b.shape)
            blocks[(i, j)] = (np.stack(per_j[j]).reshape(shape) if per_j[j]
                              else np.zeros(shape, dtype=a.dtype.np))
    return blocks


class Problem:
    """An expression plus its variables: evaluate at given values, differentiate."""

    def __init__(self, text: str, dtype):
        from .exprs import base_namespace
        self.dtype = dtype
        self.namespace = base_namespace()
        self.base_names = set(self.namespace)
        self.expression = Expression(text, self.namespace)

    def evaluate(self, values: dict):
        """Bind ``values`` (name -> leaf tensor) and evaluate: the result tensor."""
        self.namespace.update(values)
        return as_tensor(self.expression(), self.dtype)


def tensor_text(arr_or_tensor, dtype=None) -> str:
    """PyTorch's repr of a tensor or array (long tensors summarised as in printing)."""
    from gradcli.tensor.tensor import Tensor, make
    t = arr_or_tensor if isinstance(arr_or_tensor, Tensor) else make(
        np.asarray(arr_or_tensor), dtype)
    if t._requires_grad:
        t = t.detach()
    return repr(t)
