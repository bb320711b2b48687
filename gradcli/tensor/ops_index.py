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


def _select(self, dim, i, shown=None):
    d = self._data
    size = d.shape[dim]
    if i < -size or i >= size:
        raise IndexError(f"index {i} is out of bounds for dimension "
                         f"{dim if shown is None else shown} with size {size}")
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


def _index_array(item, dim, self, shown=None):
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
    elif isinstance(item, str):
        raise TypeError("new(): invalid data type 'str'")
    elif not isinstance(item, (list, tuple, np.ndarray)):
        raise IndexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte "
                         f"Variables are valid indices (got {type(item).__name__})")
    else:
        arr = np.asarray(item)
        if arr.dtype == bool:
            return arr
        if arr.dtype.kind not in "iu":
            raise IndexError("tensors used as indices must be long, int, byte or bool tensors")
    size = self._data.shape[dim] if dim < self._data.ndim else 0
    if arr.size and (arr.max() >= size or arr.min() < -size):
        bad = int(arr.max()) if arr.max() >= size else int(arr.min())
        raise IndexError(f"index {bad} is out of bounds for dimension "
                         f"{dim if shown is None else shown} with size {size}")
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
    only_ellipsis = index is Ellipsis or (
        type(index) is tuple and len(index) == 1 and index[0] is Ellipsis)
    index = _normalize(self, index)
    if all(_is_basic(i) for i in index):
        if only_ellipsis:
            return view_of(self, self._data.view(), _ALIAS, lambda n, g: (g,), None,
                           lambda b: b)
        out = self
        dim = 0
        real = 0
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
                real += 1
            else:
                out = _select(out, dim, item, real)
                real += 1
                applied = True
        if not applied:
            out = _slice(self, 0, slice(None)) if self._data.ndim else view_of(
                self, self._data.view(), _ALIAS, lambda n, g: (g,), None, lambda b: b)
        return out
    return _advanced(self, index)


def _advanced(self, index):
    """Basic items (ints, slices, None) are applied first as views, as PyTorch does; the
    tensor/list items then index the result (IndexBackward0)."""
    out = self
    dim = 0          # current dim in `out`
    real = 0         # dim in self (for error messages)
    residual = []
    n_adv = 0
    for item in index:
        if item is None:
            out = unsqueeze(out, dim)
            residual.append(slice(None))
            dim += 1
        elif isinstance(item, slice):
            if item != slice(None):
                out = _slice(out, dim, item)
            residual.append(slice(None))
            dim += 1
            real += 1
        elif isinstance(item, int) and not isinstance(item, bool):
            out = _select(out, dim, item, real)
            real += 1
        else:
            arr = _index_array(item, dim, out, n_adv)
            n_adv += 1
            residual.append(arr)
            step = arr.ndim if isinstance(arr, np.ndarray) and arr.dtype == bool else 1
            dim += step
            real += step
    np_index = tuple(residual)
    out_t = make(np.array(out._data[np_index]), out.dtype)
    shape = out._data.shape
    return record(out_t, _INDEX, (out,), lambda n, g: (embed(g, shape, np_index, True),))


Tensor.__getitem__ = getitem


# ---------------------------------------------------------------------------
# writes

_COPY = node_class("CopyBackwards")
_FILL2 = node_class("FillBackward2")
_FILL0 = node_class("FillBackward0")
_ZERO = node_class("ZeroBackward0")
_INDEX_PUT = node_class("IndexPutBackward0")
_MASKED_FILL = node_class("MaskedFillBackward0")


def _zeros_like(g):
    """The gradient of overwritten values: +0 everywhere (g * 0.0 kept the sign of g)."""
    return make(np.zeros(g._data.shape, g.dtype.np), g.dtype)


def _copy_out(self, src):
    """Out-of-place form of copy_: src broadcast to self's shape and dtype."""
    if is_scalar(src):
        out = make(np.full(self._data.shape, src, self.dtype.np), self.dtype)
        if self.dtype.category < 2:
            return out
        return record(out, _COPY, (self, None), lambda n, g: (_zeros_like(g), None))
    sd = src._data
    if sd.shape != self._data.shape:
        from .dispatch import broadcast_shape
        try:
            ok = broadcast_shape(self._data.shape, sd.shape) == self._data.shape
        except RuntimeError:
            ok = False
        if not ok:
            from .ops_shape import expand
            expand(src.detach(), self._data.shape)  # raises expand's error text
            raise RuntimeError(
                f"The size of tensor a ({self._data.shape[-1] if self._data.ndim else 1}) must "
                f"match the size of tensor b ({sd.shape[-1]}) at non-singleton dimension "
                f"{self._data.ndim - 1}")
    arr = np.array(np.broadcast_to(sd, self._data.shape), dtype=self.dtype.np)
    out = make(arr, self.dtype)
    if self.dtype.category < 2:
        return out
    return record(out, _COPY, (self, src),
                  lambda n, g: (_zeros_like(g) if needs(n, 0) else None, g if needs(n, 1) else None))


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
        return record(out, _FILL2, (s,), lambda n, g: (_zeros_like(g),))
    return inplace(self, op, value, overlap_ok=True)


@tensor_method("zero_")
def zero_(self):
    def op(s):
        out = make(np.zeros(s._data.shape, s.dtype.np), s.dtype)
        if s.dtype.category < 2:
            return out
        return record(out, _ZERO, (s,), lambda n, g: (_zeros_like(g),))
    return inplace(self, op, overlap_ok=True)


@tensor_method("index_put_")
def index_put_(self, indices, values, accumulate=False):
    """x.index_put_((i0, i1, ...), v, accumulate): x[i0, i1, ...] = v, or += v with
    accumulate (repeated indices add up)."""
    index = tuple(indices)
    if not accumulate:
        setitem(self, index, values)
        return self
    _check_put_dtype(self, values)
    current = getitem(self, index)
    if isinstance(values, Tensor) and values.requires_grad:
        # rare: route through index assignment so the graph sees the values
        setitem(self, index, current + values)
        return self
    from .ops_pointwise import add
    added = make(np.zeros(self._data.shape, self.dtype.np), self.dtype)
    np_index = tuple(i._data if isinstance(i, Tensor) else i for i in index)
    v = values._data if isinstance(values, Tensor) else values
    np.add.at(added._data, np_index, np.broadcast_to(v, current._data.shape))
    return inplace(self, add, added)


@tensor_method("index_put")
def index_put(self, indices, values, accumulate=False):
    return index_put_(self.clone(), indices, values, accumulate)


def setitem(self, index, value):
    if isinstance(index, Tensor) and index._data.ndim == 0 and index.dtype.category == 1:
        index = int(index._data)
    if index is Ellipsis or (type(index) is tuple and len(index) == 1 and index[0] is Ellipsis):
        # x[...] = v writes into x itself (no view): fill_/copy_ on self
        if isinstance(value, Tensor):
            copy_(self, value)
        else:
            inplace(self, _fill_tensor_value, value)
        return
    norm = _normalize(self, index)
    if all(_is_basic(i) for i in norm):
        region = getitem(self, norm)
        if region._base is None:
            region._base = self
        copy_(region, value)
        return
    _index_put(self, norm, value)


_FILL3 = node_class("FillBackward3")


def _fill_tensor_value(s, v):
    out = make(np.full(s._data.shape, v, s.dtype.np), s.dtype)
    if s.dtype.category < 2:
        return out
    return record(out, _FILL3, (s, None), lambda n, g: (_zeros_like(g), None))


def _check_put_dtype(self, value):
    if isinstance(value, Tensor) and value.dtype is not self.dtype:
        raise RuntimeError(
            "Index put requires the source and destination dtypes match, got "
            f"{self.dtype.short_name} for the destination and {value.dtype.short_name} for "
            "the source.")


def _index_put(self, index, value):
    _check_put_dtype(self, value)
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


# ---------------------------------------------------------------------------
# gather / scatter / index_select / masked_select

_GATHER = node_class("GatherBackward0")
_SCATTER0 = node_class("ScatterBackward0")
_SCATTER1 = node_class("ScatterBackward1")
_SCATTER_ADD = node_class("ScatterAddBackward0")
_INDEX_SELECT = node_class("IndexSelectBackward0")
_MASKED_SELECT = node_class("MaskedSelectBackward0")
_INDEX_ADD = node_class("IndexAddBackward0")


def _scatter_index(self, dim, index, name):
    if not isinstance(index, Tensor) or index.dtype is not dtypes.int64:
        raise RuntimeError(f"{name}(): Expected dtype int64 for index")
    k = self._wrap_dim(dim)
    idx = index._data
    if idx.ndim != self._data.ndim and not (idx.ndim <= 1 and self._data.ndim <= 1):
        raise RuntimeError(f"Index tensor must have the same number of dimensions as "
                           f"{'input' if name == 'gather' else 'self'} tensor")
    size = self._data.shape[k] if self._data.ndim else 1
    if idx.size and (idx.min() < -size or idx.max() >= size):
        bad = int(idx.max()) if idx.max() >= size else int(idx.min())
        raise RuntimeError(f"index {bad} is out of bounds for dimension {k} with size {size}")
    grids = list(np.indices(idx.shape, sparse=True))
    grids[k] = idx
    return k, tuple(grids)


@tensor_method("gather")
def gather(self, dim, index, *, sparse_grad=False):
    if not isinstance(index, Tensor) or index.dtype not in (dtypes.int64, dtypes.int32):
        raise RuntimeError("gather(): Expected dtype int32/int64 for index")
    k, grid = _scatter_index(self, dim, index.long() if index.dtype is dtypes.int32
                             else index, "gather")
    out = make(np.array(self._data[grid]), self.dtype)
    shape = self._data.shape

    def bwd(n, g):
        zeros = make(np.zeros(shape, g.dtype.np), g.dtype)
        return (zeros.scatter_add(k, index, g),)
    return record(out, _GATHER, (self,), bwd)


@tensor_method("scatter")
def scatter(self, dim, index, src=None, value=None, reduce=None):
    if src is None:
        src = value
    k, grid = _scatter_index(self, dim, index, "scatter")
    arr = self._data.copy()
    if isinstance(src, Tensor):
        arr[grid] = src._data[tuple(slice(0, s) for s in index._data.shape)]
        out = make(arr, self.dtype)

        def bwd(n, g):
            gs = g.scatter(k, index, 0.0) if needs(n, 0) else None
            gsrc = g.gather(k, index) if needs(n, 1) else None
            return gs, gsrc
        return record(out, _SCATTER0, (self, src), bwd)
    arr[grid] = src
    out = make(arr, self.dtype)
    return record(out, _SCATTER1, (self,), lambda n, g: (g.scatter(k, index, 0.0),))


@tensor_method("scatter_add")
def scatter_add(self, dim, index, src):
    k, grid = _scatter_index(self, dim, index, "scatter_add")
    arr = self._data.copy()
    part = src._data[tuple(slice(0, s) for s in index._data.shape)]
    np.add.at(arr, grid, part.astype(arr.dtype, copy=False))
    out = make(arr, self.dtype)

    def bwd(n, g):
        return (g if needs(n, 0) else None, g.gather(k, index) if needs(n, 1) else None)
    return record(out, _SCATTER_ADD, (self, src), bwd)


@tensor_method("scatter_")
def scatter_(self, dim, index, src=None, value=None, reduce=None):
    return inplace(self, scatter, dim, index, src, value)


@tensor_method("scatter_add_")
def scatter_add_(self, dim, index, src):
    return inplace(self, scatter_add, dim, index, src)


@tensor_method("index_select")
def index_select(self, dim, index):
    if not isinstance(index, Tensor) or index.dtype not in (dtypes.int64, dtypes.int32):
        raise RuntimeError("index_select(): Expected dtype int32 or int64 for index")
    if index._data.ndim > 1:
        raise IndexError("index_select(): Index is supposed to be a vector")
    k = self._wrap_dim(dim) if self._data.ndim else 0
    idx = index._data.reshape(-1)
    size = self._data.shape[k] if self._data.ndim else 1
    if idx.size and (idx.min() < 0 or idx.max() >= size):
        raise IndexError("index out of range in self")
    out = make(np.ascontiguousarray(np.take(self._data, idx, axis=k)), self.dtype)
    shape = self._data.shape

    def bwd(n, g):
        zeros = make(np.zeros(shape, g.dtype.np), g.dtype)
        return (zeros.index_add(k, index, g),)
    return record(out, _INDEX_SELECT, (self,), bwd)


@tensor_method("index_add")
def index_add(self, dim, index, source, *, alpha=1):
    k = self._wrap_dim(dim)
    idx = index._data.reshape(-1)
    arr = self._data.copy()
    moved = np.moveaxis(arr, k, 0)
    src = np.moveaxis(source._data.astype(arr.dtype, copy=False), k, 0)
    np.add.at(moved, idx, src * arr.dtype.type(alpha) if alpha != 1 else src)
    out = make(arr, self.dtype)

    def bwd(n, g):
        gsrc = None
        if needs(n, 1):
            gsrc = g.index_select(k, index)
            if alpha != 1:
                gsrc = gsrc * alpha
        return (g if needs(n, 0) else None, gsrc)
    return record(out, _INDEX_ADD, (self, source), bwd)


@tensor_method("index_add_")
def index_add_(self, dim, index, source, *, alpha=1):
    return inplace(self, index_add, dim, index, source, alpha=alpha)


@tensor_method("masked_select")
def masked_select(self, mask):
    if mask.dtype is not dtypes.bool_:
        raise RuntimeError("masked_select: expected BoolTensor for mask")
    from .dispatch import broadcast_shape
    shape = broadcast_shape(self._data.shape, mask._data.shape)
    d = np.broadcast_to(self._data, shape)
    m = np.broadcast_to(mask._data, shape)
    out = make(np.array(d[m]), self.dtype)
    sshape = self._data.shape

    def bwd(n, g):
        full = np.zeros(shape, g.dtype.np)
        full[m] = g._data
        return (make(full, g.dtype).sum_to_size(sshape),)
    return record(out, _MASKED_SELECT, (self,), bwd)
