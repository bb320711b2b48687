"""Indexing: x[...] reads (views for basic indices, copies for advanced ones), x[...] = v
writes, and the in-place fills (copy_, fill_, zero_, masked_fill_)."""
from __future__ import annotations

import numpy as np

from . import dtypes
from .autograd import node_class
from .dispatch import check_inplace, commit_inplace, inplace, is_scalar, snapshot
from .ops_shape import unsqueeze, view_of
from .tensor import Tensor, make, needs, record, tensor_method

_SELECT = node_class("SelectBackward0")
_SLICE = node_class("SliceBackward0")
_INDEX = node_class("IndexBackward0")
_ALIAS = node_class("AliasBackward0")
_EMBED = node_class("IndexPutBackward0")


def embed(g, shape, index, accumulate=False):
    """zeros(shape) with g written (or added) at index; differentiable in g."""
    full = np.zeros(shape, g.dtype.np)
    if accumulate:
        np.add.at(full, index, g._data)
    else:
        full[index] = g._data
    out = make(full, g.dtype)
    return record(out, _EMBED, (g,), lambda n, gg: (make(gg._data[index], gg.dtype)
                                                    if not gg._requires_grad
                                                    else getitem(gg, _to_script_index(index)),))


def _to_script_index(index):
    return tuple(make(np.asarray(i), dtypes.int64) if isinstance(i, np.ndarray) else i
                 for i in index)


def _select(self, dim, i):
    d = self._data
    size = d.shape[dim]
    if i < -size or i >= size:
        raise IndexError(f"index {i} is out of bounds for dimension {dim} with size {size}")
    if i < 0:
        i += size
    idx = (slice(None),) * dim + (i, Ellipsis)
    shape = d.shape
    return view_of(self, d[idx], _SELECT, lambda n, g: (embed(g, shape, idx),), None,
                   lambda b, ix=idx: b[ix])


def _slice(self, dim, sl):
    d = self._data
    if sl.step is not None and sl.step <= 0:
        raise ValueError("step must be greater than zero")
    idx = (slice(None),) * dim + (sl, Ellipsis)
    shape = d.shape
    return view_of(self, d[idx], _SLICE, lambda n, g: (embed(g, shape, idx),), None,
                   lambda b, ix=idx: b[ix])


def _is_basic(item):
    return item is None or item is Ellipsis or isinstance(item, slice) or (
        isinstance(item, int) and not isinstance(item, bool))


def _index_array(item, dim, self):
    """An advanced index item as a NumPy index (checking PyTorch's rules)."""
    if isinstance(item, Tensor):
        dt = item.dtype
        if dt is dtypes.bool_ or dt is dtypes.uint8:
            mask = item._data.astype(bool)
            shape = self._data.shape
            for k in range(mask.ndim):
                if dim + k >= len(shape) or mask.shape[k] != shape[dim + k]:
                    raise IndexError(
                        f"The shape of the mask {list(mask.shape)} at index {k} does not match "
                        f"the shape of the indexed tensor {list(shape)} at index {dim + k}")
            return mask
        if dt.category != 1:
            raise IndexError("tensors used as indices must be long, int, byte or bool tensors")
        arr = item._data
    elif isinstance(item, bool):
        return item
    else:
        arr = np.asarray(item)
        if arr.dtype == bool:
            return arr
        if arr.dtype.kind not in "iu":
            raise IndexError("tensors used as indices must be long, int, byte or bool tensors")
    size = self._data.shape[dim] if dim < self._data.ndim else 0
    if arr.size and (arr.max() >= size or arr.min() < -size):
        bad = int(arr.max()) if arr.max() >= size else int(arr.min())
        raise IndexError(f"index {bad} is out of bounds for dimension {dim} with size {size}")
    return arr


def _normalize(self, index):
    if not isinstance(index, tuple):
        index = (index,)
    n = self._data.ndim
    consumed = sum(1 for i in index if i is not None and i is not Ellipsis and not (
        isinstance(i, Tensor) and i.dtype is dtypes.bool_) and not isinstance(i, bool))
    consumed += sum(i._data.ndim for i in index
                    if isinstance(i, Tensor) and i.dtype is dtypes.bool_)
    if consumed > n:
        if n == 0:
            raise IndexError(
                "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number")
        raise IndexError(f"too many indices for tensor of dimension {n}")
    if Ellipsis in [i for i in index if not isinstance(i, Tensor)]:
        pos = [k for k, i in enumerate(index) if i is Ellipsis and not isinstance(i, Tensor)][0]
        fill = (slice(None),) * (n - consumed)
        index = index[:pos] + fill + index[pos + 1:]
    return index


def getitem(self, index):
    if isinstance(index, Tensor) and index._data.ndim == 0 and index.dtype.category == 1:
        index = int(index._data)
    index = _normalize(self, index)
    if all(_is_basic(i) for i in index):
        out = self
        dim = 0
        applied = False
        for item in index:
            if item is None:
                out = unsqueeze(out, dim)
                dim += 1
                applied = True
            elif isinstance(item, slice):
                if item != slice(None):
                    out = _slice(out, dim, item)
                    applied = True
                dim += 1
            else:
                out = _select(out, dim, item)
                applied = True
        if not applied:
            out = _slice(self, 0, slice(None)) if self._data.ndim else view_of(
                self, self._data.view(), _ALIAS, lambda n, g: (g,), None, lambda b: b)
        return out
    return _advanced(self, index)


def _advanced(self, index):
    np_index = []
    dim = 0
    for item in index:
        if item is None:
            np_index.append(None)
        elif isinstance(item, slice):
            np_index.append(item)
            dim += 1
        elif isinstance(item, int) and not isinstance(item, bool):
            size = self._data.shape[dim]
            if item < -size or item >= size:
                raise IndexError(
                    f"index {item} is out of bounds for dimension {dim} with size {size}")
            np_index.append(item)
            dim += 1
        else:
            arr = _index_array(item, dim, self)
            np_index.append(arr)
            dim += arr.ndim if isinstance(arr, np.ndarray) and arr.dtype == bool else 1
    np_index = tuple(np_index)
    out = make(np.array(self._data[np_index]), self.dtype)
    shape = self._data.shape
    return record(out, _INDEX, (self,), lambda n, g: (embed(g, shape, np_index, True),))


Tensor.__getitem__ = getitem


# ---------------------------------------------------------------------------
# writes

_COPY = node_class("CopyBackwards")
_FILL2 = node_class("FillBackward2")
_FILL0 = node_class("FillBackward0")
_ZERO = node_class("ZeroBackward0")
_INDEX_PUT = node_class("IndexPutBackward0")
_MASKED_FILL = node_class("MaskedFillBackward0")


def _copy_out(self, src):
    """Out-of-place form of copy_: src broadcast to self's shape and dtype."""
    if is_scalar(src):
        out = make(np.full(self._data.shape, src, self.dtype.np), self.dtype)
        if self.dtype.category < 2:
            return out
        return record(out, _COPY, (self, None), lambda n, g: (g * 0.0, None))
    sd = src._data
    if sd.shape != self._data.shape:
        from .dispatch import broadcast_shape
        if broadcast_shape(self._data.shape, sd.shape) != self._data.shape:
            raise RuntimeError(
                f"The size of tensor a ({self._data.shape[-1] if self._data.ndim else 1}) must "
                f"match the size of tensor b ({sd.shape[-1]}) at non-singleton dimension "
                f"{self._data.ndim - 1}")
    arr = np.array(np.broadcast_to(sd, self._data.shape), dtype=self.dtype.np)
    out = make(arr, self.dtype)
    if self.dtype.category < 2:
        return out
    return record(out, _COPY, (self, src),
                  lambda n, g: (g * 0.0 if needs(n, 0) else None, g if needs(n, 1) else None))


@tensor_method("copy_")
def copy_(self, src, non_blocking=False):
    return inplace(self, _copy_out, src)


@tensor_method("fill_")
def fill_(self, value):
    def op(s, v):
        v = v.item() if isinstance(v, Tensor) else v
        out = make(np.full(s._data.shape, v, s.dtype.np), s.dtype)
        if s.dtype.category < 2:
            return out
        return record(out, _FILL2, (s,), lambda n, g: (g * 0.0,))
    return inplace(self, op, value)


@tensor_method("zero_")
def zero_(self):
    def op(s):
        out = make(np.zeros(s._data.shape, s.dtype.np), s.dtype)
        if s.dtype.category < 2:
            return out
        return record(out, _ZERO, (s,), lambda n, g: (g * 0.0,))
    return inplace(self, op)


def setitem(self, index, value):
    if isinstance(index, Tensor) and index._data.ndim == 0 and index.dtype.category == 1:
        index = int(index._data)
    norm = _normalize(self, index)
    if all(_is_basic(i) for i in norm):
        region = getitem(self, norm)
        if region._base is None:
            region._base = self
        copy_(region, value)
        return
    _index_put(self, norm, value)


def _index_put(self, index, value):
    check_inplace(self)
    np_index = []
    dim = 0
    for item in index:
        if isinstance(item, slice) or item is None:
            np_index.append(item)
            dim += item is not None
        elif isinstance(item, int) and not isinstance(item, bool):
            np_index.append(item)
            dim += 1
        else:
            arr = _index_array(item, dim, self)
            np_index.append(arr)
            dim += arr.ndim if isinstance(arr, np.ndarray) and arr.dtype == bool else 1
    np_index = tuple(np_index)
    src = snapshot(self)

    def op(s, v):
        arr = s._data.copy()
        vd = v._data if isinstance(v, Tensor) else v
        arr[np_index] = vd
        out = make(arr, s.dtype)
        if s.dtype.category < 2:
            return out
        tv = v if isinstance(v, Tensor) else None
        vshape = tv._data.shape if tv is not None else None

        def bwd(n, g):
            gs = None
            if needs(n, 0):
                gd = g._data.copy()
                gd[np_index] = 0
                gs = make(gd, g.dtype)
            gv = None
            if needs(n, 1):
                gv = make(np.array(g._data[np_index]), g.dtype).sum_to_size(vshape)
            return gs, gv
        return record(out, _INDEX_PUT, (s, tv), bwd)

    commit_inplace(self, op(src, value))


Tensor.__setitem__ = setitem


@tensor_method("masked_fill")
def masked_fill(self, mask, value):
    if mask.dtype is not dtypes.bool_:
        raise RuntimeError(
            f"masked_fill_ only supports boolean masks, but got mask with dtype "
            f"{mask.dtype.name if mask.dtype.name != 'uint8' else 'unsigned char'}")
    v = value.item() if isinstance(value, Tensor) else value
    arr = np.where(mask._data, np.asarray(v, self.dtype.np), self._data)
    out = make(np.asarray(arr, self.dtype.np), self.dtype)
    if self.dtype.category < 2:
        return out
    m = mask
    from .ops_pointwise import where
    return record(out, _MASKED_FILL, (self,), lambda n, g: (where(m, 0.0, g),))


@tensor_method("masked_fill_")
def masked_fill_(self, mask, value):
    return inplace(self, masked_fill, mask, value)


def nonzero(self, as_tuple=False):
    nz = np.nonzero(self._data)
    if as_tuple:
        return tuple(make(np.asarray(a, np.int64), dtypes.int64) for a in nz)
    return make(np.stack(nz, axis=1).astype(np.int64) if nz else
                np.zeros((0, 0), np.int64), dtypes.int64)


tensor_method("nonzero")(nonzero)
