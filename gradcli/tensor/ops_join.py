"""Joining and splitting: cat, stack, split, chunk."""
from __future__ import annotations

import numpy as np

from .autograd import node_class
from .dispatch import result_dtype
from .tensor import Tensor, make, record

_CAT = node_class("CatBackward0")
_STACK = node_class("StackBackward0")


def _check_list(tensors, name):
    if isinstance(tensors, Tensor):
        raise TypeError(f"{name}(): argument 'tensors' (position 1) must be tuple of Tensors, "
                        "not Tensor")
    tensors = list(tensors)
    if not tensors:
        if name == "cat":
            raise ValueError("torch.cat(): expected a non-empty list of Tensors")
        raise RuntimeError("stack expects a non-empty TensorList")
    return tensors


def cat(tensors, dim=0):
    tensors = _check_list(tensors, "cat")
    live = [t for t in tensors if not (t._data.ndim == 1 and t._data.shape[0] == 0)] or tensors
    ref = live[0]
    k = ref._wrap_dim(dim)
    for i, t in enumerate(live):
        if t._data.ndim != ref._data.ndim:
            raise RuntimeError(
                f"Tensors must have same number of dimensions: got {ref._data.ndim} and "
                f"{t._data.ndim}")
        for d in range(ref._data.ndim):
            if d != k and t._data.shape[d] != ref._data.shape[d]:
                raise RuntimeError(
                    f"Sizes of tensors must match except in dimension {k}. Expected size "
                    f"{ref._data.shape[d]} but got size {t._data.shape[d]} for tensor number "
                    f"{tensors.index(t)} in the list.")
    rt = result_dtype(*[t for t in live])
    arr = np.concatenate([t._data.astype(rt.np, copy=False) for t in live], axis=k)
    out = make(arr, rt)
    if rt.category < 2:
        return out
    sizes = [t._data.shape[k] for t in live]

    def bwd(node, g):
        res = []
        start = 0
        for s in sizes:
            res.append(g.narrow(k, start, s))
            start += s
        return tuple(res)
    return record(out, _CAT, tuple(live), bwd)


def stack(tensors, dim=0):
    tensors = _check_list(tensors, "stack")
    ref = tensors[0]
    for i, t in enumerate(tensors):
        if t._data.shape != ref._data.shape:
            raise RuntimeError(
                f"stack expects each tensor to be equal size, but got {list(ref._data.shape)} "
                f"at entry 0 and {list(t._data.shape)} at entry {i}")
    k = ref._wrap_dim(dim, extra=1)
    rt = result_dtype(*tensors)
    arr = np.stack([t._data.astype(rt.np, copy=False) for t in tensors], axis=k)
    out = make(arr, rt)
    if rt.category < 2:
        return out
    return record(out, _STACK, tuple(tensors), lambda n, g: tuple(g.unbind(k)))
