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
    for i, t in enumerate(tensors):
        if not isinstance(t, Tensor):
            from .torch_args import type_name
            raise TypeError(f"expected Tensor as element {i} in argument 0, but got "
                            f"{type_name(t)}")
    if not tensors:
        if name == "cat":
            raise ValueError("torch.cat(): expected a non-empty list of Tensors")
        raise RuntimeError("stack expects a non-empty TensorList")
    return tensors


def cat(tensors, dim=0):
    tensors = _check_list(tensors, "cat")
    for i, t in enumerate(tensors):
        if t._data.ndim == 0:
            raise RuntimeError(f"zero-dimensional tensor (at position {i}) cannot be "
                               "concatenated")
    live = [t for t in tensors if not (t._data.ndim == 1 and t._data.shape[0] == 0)] or tensors
    ref = live[0]
    k = ref._wrap_dim(dim)
    pos = {id(t): i for i, t in reversed(list(enumerate(tensors)))}
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
                    f"{pos[id(t)]} in the list.")
    rt = result_dtype(*[t for t in live])
    arr = np.concatenate([t._data.astype(rt.np, copy=False) for t in live], axis=k)
    out = make(arr, rt)
    if rt.category < 2:
        return out
    # skipped legacy empty (0,) inputs stay graph inputs (they get an empty grad)
    skipped = {id(t) for t in tensors} - {id(t) for t in live}
    sizes = [None if id(t) in skipped else t._data.shape[k] for t in tensors]

    def bwd(node, g):
        res = []
        start = 0
        for s in sizes:
            if s is None:
                res.append(make(np.zeros((0,), g.dtype.np), g.dtype))
                continue
            res.append(g.narrow(k, start, s))
            start += s
        return tuple(res)
    return record(out, _CAT, tuple(tensors), bwd)


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


# ---------------------------------------------------------------------------
# split / chunk: views of the input sharing one multi-output node

_SPLIT = node_class("SplitBackward0")
_SPLIT_SIZES = node_class("SplitWithSizesBackward0")


def _split_views(self, k, sizes, node_cls):
    from .autograd import edge_of, is_grad_enabled
    d = self._data
    rg = is_grad_enabled() and self._requires_grad
    shape = d.shape
    dt = self.dtype
    node = None
    if rg:
        def bwd(n, grads):
            if not isinstance(grads, (list, tuple)):  # one output: grad comes unwrapped
                grads = (grads,)
            parts = []
            for g, s in zip(grads, sizes):
                if g is None:
                    g = make(np.zeros(shape[:k] + (s,) + shape[k + 1:], dt.np), dt)
                parts.append(g)
            return (cat(parts, k),)
        node = node_cls((edge_of(self),), bwd, None, ((shape, dt),), None, n_out=len(sizes))
    indices = []
    start = 0
    for s in sizes:
        indices.append((slice(None),) * k + (slice(start, start + s), Ellipsis))
        start += s
    from .ops_shape import view_outputs
    return view_outputs(self, indices, node)


def split(self, split_size_or_sections, dim=0):
    k = self._wrap_dim(dim)
    n = self._data.shape[k]
    if isinstance(split_size_or_sections, (list, tuple)):
        sizes = [int(s) for s in split_size_or_sections]
        if sum(sizes) != n or any(s < 0 for s in sizes):
            raise RuntimeError(
                f"split_with_sizes expects split_sizes to sum exactly to {n} (input tensor's "
                f"size at dimension {k}), but got split_sizes={sizes}")
        return _split_views(self, k, sizes, _SPLIT_SIZES)
    s = int(split_size_or_sections)
    if s <= 0:
        if s == 0 and n == 0:
            return _split_views(self, k, [0], _SPLIT)
        raise RuntimeError(f"split_size can only be 0 if dimension size is 0, but got "
                           f"dimension size of {n}" if s == 0 else
                           f"split expects split_size be non-negative, but got split_size={s}")
    sizes = [s] * (n // s) + ([n % s] if n % s else [])
    if not sizes:
        sizes = [0]
    return _split_views(self, k, sizes, _SPLIT)


def chunk(self, chunks, dim=0):
    if chunks <= 0:
        raise RuntimeError("chunk expects `chunks` to be greater than 0, got: " f"{chunks}")
    k = self._wrap_dim(dim)
    n = self._data.shape[k]
    size = -(-n // chunks) if n else 0
    if size == 0:
        return split(self, [0] * chunks if n == 0 else [1] * n, k) if n == 0 else \
            split(self, 1, k)
    return split(self, size, k)


def hsplit(self, sections):
    return split(self, self._data.shape[1 if self._data.ndim > 1 else 0] // sections,
                 1 if self._data.ndim > 1 else 0)


for _n, _f in (("split", split), ("chunk", chunk)):
    setattr(Tensor, _n, _f)
    Tensor._script_attrs.add(_n)


# ---------------------------------------------------------------------------
# hstack / vstack / column_stack / dstack: cat after raising every tensor to a rank

def _stack_list(tensors, name):
    if isinstance(tensors, Tensor):
        raise TypeError(f"{name}(): argument 'tensors' (position 1) must be tuple of Tensors, "
                        "not Tensor")
    tensors = list(tensors)
    if not tensors:
        raise RuntimeError(f"{name} expects a non-empty TensorList")
    return _check_list(tensors, name)


def _at_least(t, rank):
    """atleast_1d/2d/3d: 0-d -> (1,)*rank, (n,) -> (1, n) or (1, n, 1), (m, n) -> (m, n, 1)."""
    nd = t._data.ndim
    if nd >= rank:
        return t
    if nd == 0:
        return t.reshape((1,) * rank)
    if rank == 2:
        return t.unsqueeze(0)
    return t.unsqueeze(0).unsqueeze(-1) if nd == 1 else t.unsqueeze(-1)


def hstack(tensors):
    ts = [_at_least(t, 1) for t in _stack_list(tensors, "hstack")]
    return cat(ts, 0 if ts[0]._data.ndim == 1 else 1)


def vstack(tensors):
    return cat([_at_least(t, 2) for t in _stack_list(tensors, "vstack")], 0)


def column_stack(tensors):
    ts = _stack_list(tensors, "column_stack")
    return cat([t.reshape(t.numel(), 1) if t._data.ndim <= 1 else t for t in ts], 1)


def dstack(tensors):
    return cat([_at_least(t, 3) for t in _stack_list(tensors, "dstack")], 2)


def meshgrid(*tensors, indexing=None):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    tensors = _check_list(tensors, "meshgrid") if tensors else []
    if indexing is None:
        from gradcli.errors import warn
        warn("torch.meshgrid: in an upcoming release, it will be required to pass the "
             "indexing argument. (Triggered internally at "
             "/__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4215.)")
        indexing = "ij"
    if indexing not in ("ij", "xy"):
        raise RuntimeError('torch.meshgrid: indexing must be one of "xy" or "ij", but '
                           f"received: {indexing}")
    for t in tensors:
        if t._data.ndim > 1:
            raise RuntimeError("torch.meshgrid: Expected 0D or 1D tensor in the tensor list "
                               f"but got: {t}")
        if t.dtype is not tensors[0].dtype:
            raise RuntimeError("meshgrid expects all tensors to have the same dtype")
    order = list(tensors)
    swap = indexing == "xy" and len(order) >= 2
    if swap:
        order[0], order[1] = order[1], order[0]
    sizes = tuple(t.numel() for t in order)
    grids = []
    for i, t in enumerate(order):
        shape = [1] * len(order)
        shape[i] = sizes[i]
        grids.append(t.view(shape).expand(sizes))
    if swap:
        grids[0], grids[1] = grids[1], grids[0]
    return tuple(grids)


FUNCTIONS = {"hstack": hstack, "vstack": vstack, "row_stack": vstack,
             "column_stack": column_stack, "dstack": dstack, "meshgrid": meshgrid}


def extend(ns):
    ns.update(FUNCTIONS)
