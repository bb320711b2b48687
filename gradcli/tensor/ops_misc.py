"""Smaller torch functions that random programs and tutorials reach for, composed from the
engine's recorded ops so they carry PyTorch's grad_fn names: broadcast_tensors/_shapes,
atleast_1d/2d/3d, tensor_split, diff, repeat_interleave, F.pad (constant); and the
ones without gradients: isin, unique, searchsorted/bucketize, heaviside, bit shifts,
promote_types/can_cast and `torch.dtype`."""
from __future__ import annotations

import numpy as np

from . import dtypes
from .autograd import node_class
from .dispatch import broadcast_shape
from .ops_join import _at_least, cat
from .tensor import Size, Tensor, make, record, tensor_method

_PAD = node_class("ConstantPadNdBackward0")
_UNIQUE = node_class("Unique2Backward0")


def _no_unique_grad(node, g):
    raise RuntimeError("the derivative for '_unique2' is not implemented.")


def broadcast_shapes(*shapes):
    shapes = [(s,) if isinstance(s, int) else tuple(s) for s in shapes]
    out = [1] * max((len(s) for s in shapes), default=0)
    for i, shape in enumerate(shapes):
        for k in range(-1, -len(shape) - 1, -1):
            if shape[k] == 1 or shape[k] == out[k]:
                continue
            if out[k] != 1:
                raise RuntimeError(
                    f"Attempting to broadcast a dimension of length {shape[k]} at {k}! "
                    f"Mismatching argument at index {i} had {shape}; but expected shape should "
                    f"be broadcastable to {out}")
            out[k] = shape[k]
    return Size(out)


def broadcast_tensors(*tensors):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    shape = ()
    for t in tensors:   # the "size of tensor a" error of the ops, not broadcast_shapes'
        shape = broadcast_shape(shape, t._data.shape)
    return tuple(t if t._data.shape == shape else t.expand(shape) for t in tensors)


def _atleast(rank):
    def fn(*tensors):
        if len(tensors) == 1 and isinstance(tensors[0], Tensor):
            return _at_least(tensors[0], rank)
        items = tensors[0] if len(tensors) == 1 else tensors
        return tuple(_at_least(t, rank) for t in items)
    fn.__name__ = f"atleast_{rank}d"
    return fn


@tensor_method("tensor_split")
def tensor_split(self, indices_or_sections, dim=0):
    if not isinstance(indices_or_sections, (int, list, tuple, Tensor)) or isinstance(
            indices_or_sections, bool):
        raise TypeError(
            "tensor_split() received an invalid combination of arguments - got (Tensor, "
            f"{type(indices_or_sections).__name__}), but expected one of:\n"
            " * (Tensor input, tuple of ints indices, int dim = 0)\n"
            " * (Tensor input, Tensor tensor_indices_or_sections, int dim = 0)\n"
            " * (Tensor input, int sections, int dim = 0)\n")
    if isinstance(indices_or_sections, Tensor):
        indices_or_sections = (int(indices_or_sections._data) if
                               indices_or_sections._data.ndim == 0 else
                               indices_or_sections._data.tolist())
    k = self._wrap_dim(dim)
    n = self._data.shape[k]
    if isinstance(indices_or_sections, int):
        sections = indices_or_sections
        if sections <= 0:
            raise RuntimeError(f"number of sections must be larger than 0, got {sections}")
        size, extra = divmod(n, sections)
        bounds, start = [], 0
        for i in range(sections):
            end = start + size + (1 if i < extra else 0)
            bounds.append((start, end))
            start = end
    else:
        cuts = [int(i) for i in indices_or_sections]
        edges = [0] + cuts + [n]
        bounds = [(min(max(a, 0), n), min(max(b, a, 0), n)) for a, b in zip(edges, edges[1:])]
    return tuple(self.narrow(k, a, b - a) for a, b in bounds)


@tensor_method("square_")
def square_(self):
    return self.pow_(2)


@tensor_method("diff")
def diff(self, n=1, dim=-1, prepend=None, append=None):
    k = self._wrap_dim(dim)
    x = self
    if prepend is not None or append is not None:
        parts = [p for p in (prepend, x, append) if p is not None]
        x = cat(parts, k)
    for _ in range(n):
        m = x._data.shape[k]
        if m == 0:
            break
        if x.dtype is dtypes.bool_:
            x = x.narrow(k, 1, m - 1).logical_xor(x.narrow(k, 0, m - 1))
        else:
            x = x.narrow(k, 1, m - 1) - x.narrow(k, 0, m - 1)
    return x


@tensor_method("repeat_interleave")
def repeat_interleave(self, repeats=None, dim=None, *, output_size=None):
    if repeats is None:   # torch.repeat_interleave(counts): index i repeated counts[i] times
        counts = self._data.astype(np.int64).reshape(-1)
        if (counts < 0).any():
            raise RuntimeError("repeats can not be negative")
        return make(np.repeat(np.arange(counts.size), counts), dtypes.int64)
    if isinstance(repeats, Tensor) and repeats._data.ndim == 0:
        repeats = int(repeats._data)
    if isinstance(repeats, Tensor):
        if repeats.dtype.category != 1:
            raise NotImplementedError('"repeat_interleave_cpu" not implemented for '
                                      f"'{repeats.dtype.short_name}'")
        counts = repeats._data.astype(np.int64)
        if (counts < 0).any():
            raise RuntimeError("repeats can not be negative")
        x = self.reshape(-1) if dim is None else self
        k = 0 if dim is None else x._wrap_dim(dim)
        if counts.size != x._data.shape[k] and counts.size != 1:
            raise RuntimeError(
                "repeats must have the same size as input along dim, but got repeats.size(0) "
                f"= {counts.size} and input.size({k}) = {x._data.shape[k]}")
        counts = np.broadcast_to(counts, (x._data.shape[k],))
        index = make(np.repeat(np.arange(x._data.shape[k]), counts), dtypes.int64)
        return x.index_select(k, index)
    if repeats < 0:
        raise RuntimeError("repeats can not be negative")
    x = self.reshape(-1) if dim is None else self
    k = 0 if dim is None else x._wrap_dim(dim)
    shape = list(x._data.shape)
    expanded = shape[:k + 1] + [repeats] + shape[k + 1:]
    out = x.unsqueeze(k + 1).expand(expanded).clone()
    return out.flatten(k, k + 1)


def pad(input, pad, mode="constant", value=None):
    if mode != "constant":
        raise NotImplementedError(f"gradcli: F.pad mode '{mode}' is not supported (only "
                                  "'constant')")
    if len(pad) % 2:
        raise RuntimeError("Padding length must be divisible by 2")
    d = input._data
    if len(pad) // 2 > d.ndim:
        raise RuntimeError("Padding length should be less than or equal to two times the "
                           "input dimension but got padding length "
                           f"{len(pad)} and input of dimension {d.ndim}")
    widths = [(0, 0)] * d.ndim
    for i in range(len(pad) // 2):   # the pairs run from the last dimension backwards
        widths[d.ndim - 1 - i] = (int(pad[2 * i]), int(pad[2 * i + 1]))
    fill = 0 if value is None else value
    src = d
    for k, (lo, hi) in enumerate(widths):   # negative padding crops
        if lo < 0 or hi < 0:
            sl = [slice(None)] * d.ndim
            sl[k] = slice(-lo if lo < 0 else 0, src.shape[k] + hi if hi < 0 else None)
            src = src[tuple(sl)]
    widths = [(max(lo, 0), max(hi, 0)) for lo, hi in widths]
    out = make(np.pad(src, widths, constant_values=np.asarray(fill).astype(d.dtype)),
               input.dtype)
    if input.dtype.category < 2:
        return out
    pairs = [(lo, hi) for lo, hi in zip(pad[0::2], pad[1::2])]
    return record(out, _PAD, (input,), lambda n, g: (pad_fn(g, [-p for pr in pairs
                                                                    for p in pr]),))


pad_fn = pad


_CUMMAX = node_class("CummaxBackward0")
_CUMMIN = node_class("CumminBackward0")


def _cum_extreme(self, dim, is_max, name):
    """cummax/cummin: running extreme along dim; an equal later value takes over the index
    (PyTorch's `x >= best` / `x <= best`), NaN wins once seen."""
    from .ops_reduce import ReturnTypes
    d = self._data
    k = self._wrap_dim(dim) if d.ndim else 0
    moved = np.moveaxis(d, k, -1) if d.ndim else d.reshape(1)
    vals = np.empty(moved.shape, moved.dtype)   # C order: the reshapes below are views
    idx = np.empty(moved.shape, np.int64)
    flat_v, flat_i = vals.reshape(-1, moved.shape[-1]), idx.reshape(-1, moved.shape[-1])
    for r, row in enumerate(moved.reshape(-1, moved.shape[-1])):
        best, at = None, 0
        for j, x in enumerate(row.tolist()):
            if best is None or x != x or (best == best and (x >= best if is_max
                                                           else x <= best)):
                best, at = x, j
            flat_v[r, j] = best
            flat_i[r, j] = at
    if d.ndim:
        vals, idx = np.moveaxis(vals, -1, k), np.moveaxis(idx, -1, k)
    else:
        vals, idx = vals.reshape(()), idx.reshape(())
    values = make(np.array(vals, order="C"), self.dtype)
    indices = make(np.array(idx, order="C"), dtypes.int64)
    if self.dtype.category >= 2:
        shape = d.shape

        def bwd(node, g):
            if not shape:
                return (make(g._data.copy(), g.dtype),)
            # each gradient goes to the position its running extreme came from
            gm = np.moveaxis(g._data, k, -1)
            im = np.moveaxis(idx, k, -1)
            om = np.zeros(gm.shape, g.dtype.np)
            for r in np.ndindex(gm.shape[:-1]):
                np.add.at(om[r], im[r], gm[r])
            out = np.moveaxis(om, -1, k)
            return (make(np.array(out, order="C"), g.dtype),)
        record(values, _CUMMAX if is_max else _CUMMIN, (self,), bwd)
    return ReturnTypes.make(name, values, indices)


@tensor_method("cummax")
def cummax(self, dim):
    return _cum_extreme(self, dim, True, "cummax")


@tensor_method("cummin")
def cummin(self, dim):
    return _cum_extreme(self, dim, False, "cummin")


def unique_consecutive(input, return_inverse=False, return_counts=False, dim=None):
    d = input._data.reshape(-1) if dim is None else input._data
    if dim is not None:
        raise NotImplementedError("gradcli: unique_consecutive(dim=...) is not supported")
    if d.size == 0:
        starts = np.zeros(0, np.int64)
    else:
        starts = np.flatnonzero(np.concatenate(([True], d[1:] != d[:-1])))
    out = [make(np.ascontiguousarray(d[starts]), input.dtype)]
    if return_inverse:
        inv = np.cumsum(np.concatenate(([False], d[1:] != d[:-1]))) if d.size else starts
        out.append(make(np.asarray(inv, np.int64).reshape(input._data.shape), dtypes.int64))
    if return_counts:
        out.append(make(np.diff(np.append(starts, d.size)).astype(np.int64), dtypes.int64))
    return out[0] if len(out) == 1 else tuple(out)


def bincount(input, weights=None, minlength=0):
    d = input._data
    if input.dtype.category != 1 or d.ndim != 1:
        raise RuntimeError("bincount only supports 1-d non-negative integral inputs.")
    if d.size and d.min() < 0:
        raise RuntimeError("bincount only supports 1-d non-negative integral inputs.")
    if weights is None:
        return make(np.bincount(d, minlength=minlength).astype(np.int64), dtypes.int64)
    w = weights._data
    out = np.bincount(d, weights=w.astype(np.float64), minlength=minlength)
    dt = weights.dtype if weights.dtype.category >= 2 else dtypes.float64
    return make(out.astype(dt.np), dt)


def _random_(self, from_=None, to=None, *, generator=None):
    """Tensor.random_(), random_(to), random_(from, to): integers from the generator."""
    from .random import default_generator
    g = generator if generator is not None else default_generator
    if from_ is None:
        vals = g.random(self._data.shape, self.dtype.np)
    else:
        lo, hi = (0, from_) if to is None else (from_, to)
        vals = g.randint(lo, hi, self._data.shape, np.int64)
    self._data[...] = vals.astype(self.dtype.np)
    self._vc[0] += 1
    return self


Tensor.random_ = _random_
Tensor._script_attrs.add("random_")


def isin(elements, test_elements, *, assume_unique=False, invert=False):
    e = elements._data if isinstance(elements, Tensor) else np.asarray(elements)
    t = test_elements._data if isinstance(test_elements, Tensor) else np.asarray(test_elements)
    return make(np.asarray(np.isin(e, t, invert=invert)), dtypes.bool_)


@tensor_method("unique")
def unique(self, sorted=True, return_inverse=False, return_counts=False, dim=None):
    d = self._data
    if dim is None:
        vals, inverse, counts = np.unique(d.reshape(-1), return_inverse=True,
                                          return_counts=True, equal_nan=False)
        inverse = inverse.reshape(d.shape)
    else:
        k = self._wrap_dim(dim)
        vals, inverse, counts = np.unique(d, axis=k, return_inverse=True, return_counts=True)
        inverse = inverse.reshape(-1)
    out = [make(np.ascontiguousarray(vals), self.dtype)]
    if self.dtype.category >= 2:   # recorded, but not differentiable (as in PyTorch)
        out[0] = record(out[0], _UNIQUE, (self,), _no_unique_grad)
    if return_inverse:
        out.append(make(np.asarray(inverse, np.int64), dtypes.int64))
    if return_counts:
        out.append(make(np.asarray(counts, np.int64), dtypes.int64))
    return out[0] if len(out) == 1 else tuple(out)


def searchsorted(sorted_sequence, values, *, out_int32=False, right=False, side=None,
                 sorter=None):
    seq = sorted_sequence._data
    v = values._data if isinstance(values, Tensor) else np.asarray(values)
    side = side or ("right" if right else "left")
    if seq.ndim > 1 and seq.shape[:-1] != np.shape(v)[:-1]:
        raise RuntimeError(
            "torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 "
            "dimensions of boundaries tensor and input value tensor must match, but we got "
            f"boundaries tensor {list(seq.shape)} and input value tensor {list(np.shape(v))}")
    if seq.ndim <= 1:
        order = None if sorter is None else sorter._data
        r = np.searchsorted(seq, v, side=side, sorter=order)
    else:
        r = np.stack([np.searchsorted(s, x, side=side) for s, x in
                      zip(seq.reshape(-1, seq.shape[-1]), v.reshape(-1, v.shape[-1]))])
        r = r.reshape(v.shape)
    dt = dtypes.int32 if out_int32 else dtypes.int64
    return make(np.asarray(r, dt.np), dt)


def bucketize(input, boundaries, *, out_int32=False, right=False):
    return searchsorted(boundaries, input, out_int32=out_int32, right=right)


@tensor_method("heaviside")
def heaviside(self, values):
    d = self._data
    v = values._data if isinstance(values, Tensor) else values
    out = np.where(d == 0, v, (d > 0).astype(d.dtype))
    return make(np.asarray(out, d.dtype), self.dtype)


def _shift(np_fn):
    def op(self, other):
        if self.dtype.category != 1 and self.dtype is not dtypes.bool_:
            return NotImplemented
        o = other._data if isinstance(other, Tensor) else other
        if not isinstance(other, (Tensor, int)):
            return NotImplemented
        return make(np.asarray(np_fn(self._data, o)).astype(self._data.dtype), self.dtype)
    return op


Tensor.__lshift__ = _shift(np.left_shift)
Tensor.__rshift__ = _shift(np.right_shift)
Tensor.bitwise_left_shift = Tensor.__lshift__
Tensor.bitwise_right_shift = Tensor.__rshift__
for _n in ("bitwise_left_shift", "bitwise_right_shift"):
    Tensor._script_attrs.add(_n)


def promote_types(type1, type2):
    return dtypes.promote(type1, type2)


def can_cast(from_, to):
    if from_.category > to.category and to.category >= 1:   # float -> int, complex -> real
        return False
    if to.category == 0 and from_.category > 0:              # anything -> bool
        return False
    return True


def extend(ns):
    ns.setdefault("nn", {}).setdefault("functional", {})["pad"] = pad
    ns.update(broadcast_shapes=broadcast_shapes, broadcast_tensors=broadcast_tensors,
              atleast_1d=_atleast(1), atleast_2d=_atleast(2), atleast_3d=_atleast(3),
              tensor_split=tensor_split, diff=diff, repeat_interleave=repeat_interleave,
              isin=isin, unique=unique, searchsorted=searchsorted, bucketize=bucketize,
              heaviside=heaviside, promote_types=promote_types, can_cast=can_cast,
              cummax=cummax, cummin=cummin, unique_consecutive=unique_consecutive,
              bincount=bincount,
              bitwise_left_shift=Tensor.__lshift__, bitwise_right_shift=Tensor.__rshift__,
              dtype=dtypes.DType)
