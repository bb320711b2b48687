"""`grad_fn._saved_<name>`: the values a node keeps for backward, under PyTorch's names.

Read through `Node.saved()`, so after a backward pass has freed them the access raises
PyTorch's "backward through the graph a second time" error, and a saved input comes back
as the very tensor (`x is y.grad_fn._saved_self`), a saved output as a new alias.
"""
from __future__ import annotations

import numpy as np

#: node class -> the names of node.saved()'s entries, in order
_BY_POSITION = {
    "MulBackward0": ("self", "other"), "DivBackward0": ("self", "other"),
    "PowBackward0": ("self", "exponent"), "PowBackward1": ("self", "exponent"),
    "MmBackward0": ("self", "mat2"), "MvBackward0": ("self", "vec"),
    "DotBackward0": ("self", "tensor"), "BmmBackward0": ("self", "mat2"),
}


def _as_saved_value(v):
    """A Python number saved with a node reads back as PyTorch's wrapped-number tensor."""
    from .dtypes import bool_, float64, int64
    from .tensor import Tensor, make
    if v is None or isinstance(v, Tensor):
        return v
    if isinstance(v, bool):
        return make(np.asarray(v), bool_)
    if isinstance(v, int):
        return make(np.asarray(v, np.int64), int64)
    if isinstance(v, float):
        return make(np.asarray(v, np.float64), float64)
    return v


def saved_attribute(node, name: str):
    """The value of `node._saved_<name>`; AttributeError when the node has no such entry."""
    cls = type(node).__name__
    key = name[len("_saved_"):]
    names = _BY_POSITION.get(cls)
    if names is not None and key in names:
        value = node.saved()[names.index(key)]
        return value if key == "exponent" else _as_saved_value(value)
    if key == "alpha" and cls in ("AddBackward0", "SubBackward0"):
        alpha = node._ctx
        return 1 if alpha is None else alpha
    if key == "self_sym_sizes" and cls in ("SumBackward0", "MeanBackward0") and node._meta:
        return tuple(node._meta[0][0])
    if key == "self_sym_numel" and cls == "MeanBackward0" and node._meta:
        return int(np.prod(node._meta[0][0]))
    from .autograd import _Released
    if node._saved is _Released and key in ("self", "result"):
        node.saved()   # raises PyTorch's error about freed saved values
    if names is None and key in ("self", "result") and node._saved is not None:
        sv = node._sv or ()
        if len(sv) == 1 and len(node._saved) == 1:   # one saved tensor: its input or output
            if (key == "result") == bool(sv[0][3]):
                return node.saved()[0]
    raise AttributeError(f"'{cls}' object has no attribute '{name}'")
