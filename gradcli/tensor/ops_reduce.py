"""Reductions: sum, mean, prod, norm, max/min, var/std, logsumexp, cumsum, softmax.

float32 `sum`/`mean`/`cumsum` follow PyTorch's exact summation order (module `reduce`),
so full-precision prints match. Backward formulas are Tensor operations.
"""
from __future__ import annotations

import collections

import numpy as np

from . import dtypes
from .autograd import node_class
from .tensor import Tensor, make, needs, record, tensor_method

try:  # exact float32 summation order (PyTorch's cascade); NumPy is the fallback
    from . import reduce as _exact
except ImportError:  # pragma: no cover - during bootstrap only
    _exact = None


def norm_dims(t, dim):
    """A sorted tuple of non-negative dims (None: all dims)."""
    n = t._data.ndim
    if dim is None:
        return tuple(range(n))
    if isinstance(dim, (list, tuple)):
        if len(dim) == 0:
            return tuple(range(n))
        out = []
        for d in dim:
            w = t._wrap_dim(d)
            if w in out:
                raise RuntimeError(f"dim {w} appears multiple times in the list of dims")
            out.append(w)
        return tuple(sorted(out)) if n else ()
    w = t._wrap_dim(dim)
    return (w,) if n else ()  # a 0-d tensor accepts dim 0 / -1 and reduces nothing


def sum_data(d, dims, keepdim):
    """Sum of an ndarray over dims with PyTorch's float32 order where it matters."""
    if d.ndim == 0:
        dims = ()       # dim 0 / -1 of a 0-d tensor is the tensor itself
    if d.dtype == np.float32 and _exact is not None:
        return np.asarray(_exact.sum_f32(d, dims, keepdim))
    if d.dtype == np.float64 and _exact is not None:
        return np.asarray(_exact.sum_f64(d, dims, keepdim))
    if d.dtype.kind in "biu":
        return np.asarray(np.sum(d, axis=dims, keepdims=keepdim, dtype=np.int64))
    return np.asarray(np.sum(d, axis=dims, keepdims=keepdim))


def _restore(g, shape, dims, keepdim):
    """Unsqueeze a reduced gradient back to rank and expand it to shape."""
    if not keepdim and len(shape) != g._data.ndim:
        for d in dims:
            g = g.unsqueeze(d)
    return g.expand(shape)


_SUM0 = node_class("SumBackward0")
_SUM1 = node_class("SumBackward1")


def _sum_bwd(node, g):
    shape, dims, keepdim = node._ctx
    return (_restore(g, shape, dims, keepdim),)


@tensor_method("sum")
def sum(self, dim=None, keepdim=False, *, dtype=None):
    src = self if dtype is None else self.to(dtype)
    dims = norm_dims(src, dim)
    d = src._data
    out_dt = src.dtype if src.dtype.category >= 2 else dtypes.int64
    out = make(sum_data(d, dims, keepdim).astype(out_dt.np, copy=False), out_dt)
    if out_dt.category < 2:
        return out
    cls = _SUM0 if dim is None else _SUM1
    return record(out, cls, (src,), _sum_bwd, None, ctx=(d.shape, dims, keepdim))


@tensor_method("nansum")
def nansum(self, dim=None, keepdim=False):
    return sum(self.nan_to_num(0.0) if self.dtype.category == 2 else self, dim, keepdim)


@tensor_method("sum_to_size")
def sum_to_size(self, *size):
    """Sum a broadcast tensor back to `size` (used by the engine for gradients)."""
    if len(size) == 1 and isinstance(size[0], (tuple, list)):
        size = tuple(size[0])
    shape = self._data.shape
    if tuple(size) == shape:
        return self
    lead = len(shape) - len(size)
    dims = tuple(range(lead)) + tuple(
        lead + i for i, s in enumerate(size) if s == 1 and shape[lead + i] != 1)
    out = sum(self, dims, keepdim=True) if dims else self
    if lead:
        out = out.reshape(size)
    return out


_MEAN0 = node_class("MeanBackward0")
_MEAN1 = node_class("MeanBackward1")


def _mean_bwd(node, g):
    shape, dims, keepdim, count = node._ctx
    return (_restore(g, shape, dims, keepdim) / count,)


@tensor_method("mean")
def mean(self, dim=None, keepdim=False, *, dtype=None):
    src = self if dtype is None else self.to(dtype)
    if src.dtype.category < 2:
        raise RuntimeError(
            "mean(): could not infer output dtype. Input dtype must be either a floating "
            f"point or complex dtype. Got: {src.dtype.short_name}")
    dims = norm_dims(src, dim)
    d = src._data
    count = 1
    for k in dims:
        count *= d.shape[k]
    if d.dtype == np.float32 and _exact is not None:
        res = np.asarray(_exact.mean_f32(d, dims, keepdim))
    elif d.dtype == np.float64 and _exact is not None:
        res = np.asarray(_exact.mean_f64(d, dims, keepdim))
    else:
        res = np.asarray(np.mean(d, axis=dims, keepdims=keepdim)).astype(d.dtype)
    out = make(res, src.dtype)
    cls = _MEAN0 if dim is None else _MEAN1
    return record(out, cls, (src,), _mean_bwd, None, ctx=(d.shape, dims, keepdim, count))


_PROD0 = node_class("ProdBackward0")
_PROD1 = node_class("ProdBackward1")


def _prod_bwd(node, g):
    x, res = node.saved()
    shape, dims, keepdim = node._ctx
    g = _restore(g, shape, dims, keepdim)
    r = _restore(res, shape, dims, keepdim)
    if bool(np.all(x._data != 0)):
        return (g * r / x,)
    # zeros present: each element's gradient is the product of the others in its slice,
    # which is 0 unless the element is the slice's only zero
    xd = x._data
    zero = xd == 0
    zeros = zero.sum(axis=dims, keepdims=True)
    rest = np.prod(np.where(zero, xd.dtype.type(1), xd), axis=dims, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        others = np.where(zeros == 0, rest / np.where(zero, 1, xd),
                          np.where((zeros == 1) & zero, rest, 0))
    return (g * make(np.asarray(others, xd.dtype), x.dtype),)


@tensor_method("prod")
def prod(self, dim=None, keepdim=False, *, dtype=None):
    src = self if dtype is None else self.to(dtype)
    dims = norm_dims(src, dim)
    out_dt = src.dtype if src.dtype.category >= 2 else dtypes.int64
    res = np.asarray(np.prod(src._data, axis=dims, keepdims=keepdim)).astype(out_dt.np)
    out = make(res, out_dt)
    if out_dt.category < 2:
        return out
    cls = _PROD0 if dim is None else _PROD1
    return record(out, cls, (src,), _prod_bwd, (src, out), ctx=(src._data.shape, dims, keepdim))


# ---------------------------------------------------------------------------
# max / min / argmax / amax

MaxResult = collections.namedtuple("max", ["values", "indices"])


class ReturnTypes:
    """Named tuples printed like torch.return_types.max(values=..., indices=...)."""

    cache = {}

    @classmethod
    def make(cls, name, values, indices):
        t = cls.cache.get(name)
        if t is None:
            t = type(name, (_ReturnType,), {"_name": name, "__slots__": ()})
            cls.cache[name] = t
        return t((values, indices))


class _ReturnType(tuple):
    __slots__ = ()
    _script_attrs = frozenset({"values", "indices", "count", "index"})

    @property
    def values(self):
        return self[0]

    @property
    def indices(self):
        return self[1]

    def __repr__(self):
        return f"torch.return_types.{self._name}(\nvalues={self[0]!r},\nindices={self[1]!r})"

    __str__ = __repr__


_MAX1 = node_class("MaxBackward1")
_MIN1 = node_class("MinBackward1")
_MAX0 = node_class("MaxBackward0")
_MIN0 = node_class("MinBackward0")


def _evenly_bwd(node, g):
    x, res = node.saved()
    mask = x.eq(res) if not np.isnan(res._data).any() else x.isnan()
    count = int(mask._data.sum())
    from .ops_pointwise import where
    return (where(mask, g / count, 0.0),)


def _select_bwd(node, g):
    shape, dim, keepdim = node._ctx
    idx = node.saved()[0]
    if not keepdim:
        g = g.unsqueeze(dim)
        idx = idx.unsqueeze(dim)
    from .tensor import make as mk
    zeros = mk(np.zeros(shape, g.dtype.np), g.dtype)
    return (zeros.scatter(dim, idx, g),)


def _extreme(self, dim, keepdim, is_max, name):
    d = self._data
    if dim is None:
        if d.size == 0:
            raise RuntimeError(
                f"{name}(): Expected reduction dim to be specified for input.numel() == 0. "
                "Specify the reduction dim with the 'dim' argument.")
        if self.dtype.category == 2 and np.isnan(d).any():
            v = np.asarray(np.nan, d.dtype)
        else:
            v = np.asarray(d.max() if is_max else d.min())
        out = make(v, self.dtype)
        if self.dtype.category < 2:
            return out
        return record(out, _MAX1 if is_max else _MIN1, (self,), _evenly_bwd, (self, out))
    k = self._wrap_dim(dim)
    if d.ndim == 0:
        vals, idx = d.copy(), np.asarray(0, np.int64)
    else:
        if d.shape[k] == 0:
            raise IndexError(
                f"{name}(): Expected reduction dim {dim} to have non-zero size.")
        idx = np.argmax(d, axis=k) if is_max else np.argmin(d, axis=k)
        if self.dtype.category == 2:
            nanpos = np.isnan(d)
            if nanpos.any():
                has = nanpos.any(axis=k)
                idx = np.where(has, np.argmax(nanpos, axis=k), idx)
        idx = np.asarray(idx, np.int64)
        vals = np.take_along_axis(d, np.expand_dims(idx, k), axis=k)
        if not keepdim:
            vals = np.squeeze(vals, axis=k)
        else:
            idx = np.expand_dims(idx, k)
    values = make(np.asarray(vals), self.dtype)
    indices = make(np.asarray(idx), dtypes.int64)
    if self.dtype.category == 2:
        record(values, _MAX0 if is_max else _MIN0, (self,), _select_bwd, (indices,),
               ctx=(d.shape, k, keepdim))
    return ReturnTypes.make(name, values, indices)


@tensor_method("max")
def max(self, dim=None, keepdim=False):
    if isinstance(dim, Tensor):
        from .ops_pointwise import maximum
        return maximum(self, dim)
    return _extreme(self, dim, keepdim, True, "max")


@tensor_method("min")
def min(self, dim=None, keepdim=False):
    if isinstance(dim, Tensor):
        from .ops_pointwise import minimum
        return minimum(self, dim)
    return _extreme(self, dim, keepdim, False, "min")


_AMAX = node_class("AmaxBackward0")
_AMIN = node_class("AminBackward0")


def _amax_bwd(node, g):
    x, res = node.saved()
    shape, dims, keepdim = node._ctx
    r = _restore(res, shape, dims, keepdim)
    gg = _restore(g, shape, dims, keepdim)
    mask = x.eq(r)
    cnt = _restore(mask.sum(dims, keepdim=True) if dims else mask.to(x.dtype), shape, (), True)
    from .ops_pointwise import where
    return ((gg / cnt) * mask.to(gg.dtype),)


def _amaxmin(self, dim, keepdim, is_max):
    dims = norm_dims(self, dim if dim != () else None)
    name = "amax" if is_max else "amin"
    if self._data.size == 0:
        if dim in ((), None, []):
            raise RuntimeError(
                f"{name}(): Expected reduction dim to be specified for input.numel() == 0. "
                "Specify the reduction dim with the 'dim' argument.")
        given = list(dim) if isinstance(dim, (tuple, list)) else [dim]
        for k, shown in sorted(zip(dims, given)) if len(given) == len(dims) else \
                ((k, k) for k in dims):
            if self._data.ndim and self._data.shape[k] == 0:
                raise IndexError(
                    f"{name}(): Expected reduction dim {shown} to have non-zero size.")
    fn = np.max if is_max else np.min
    out = make(np.asarray(fn(self._data, axis=dims, keepdims=keepdim)), self.dtype)
    if self.dtype.category < 2:
        return out
    return record(out, _AMAX if is_max else _AMIN, (self,), _amax_bwd, (self, out),
                  ctx=(self._data.shape, dims, keepdim))


@tensor_method("amax")
def amax(self, dim=(), keepdim=False):
    return _amaxmin(self, dim, keepdim, True)


@tensor_method("amin")
def amin(self, dim=(), keepdim=False):
    return _amaxmin(self, dim, keepdim, False)


def _arg(self, dim, keepdim, is_max):
    d = self._data
    fn = np.argmax if is_max else np.argmin
    name = "argmax" if is_max else "argmin"
    if self.dtype is dtypes.bool_:
        raise RuntimeError(f"{name}(): does not support bool input")
    if dim is None:
        if d.size == 0:
            raise IndexError(f"{name}(): Expected reduction dim to be specified for "
                             "input.numel() == 0.")
        r = np.asarray(fn(d.reshape(-1)), np.int64)
        if keepdim:
            r = r.reshape((1,) * d.ndim)
        return make(r, dtypes.int64)
    k = self._wrap_dim(dim)
    if d.ndim and d.shape[k] == 0:
        raise IndexError(f"{name}(): Expected reduction dim {dim} to have non-zero size.")
    r = np.asarray(fn(d, axis=k) if d.ndim else 0, np.int64)
    if keepdim and d.ndim:
        r = np.expand_dims(r, k)
    return make(r, dtypes.int64)


@tensor_method("argmax")
def argmax(self, dim=None, keepdim=False):
    return _arg(self, dim, keepdim, True)


@tensor_method("argmin")
def argmin(self, dim=None, keepdim=False):
    return _arg(self, dim, keepdim, False)


@tensor_method("any")
def any(self, dim=None, keepdim=False):
    dims = None if dim is None else norm_dims(self, dim)
    return make(np.asarray(np.any(self._data, axis=dims, keepdims=keepdim)), dtypes.bool_)


@tensor_method("all")
def all(self, dim=None, keepdim=False):
    dims = None if dim is None else norm_dims(self, dim)
    return make(np.asarray(np.all(self._data, axis=dims, keepdims=keepdim)), dtypes.bool_)


@tensor_method("count_nonzero")
def count_nonzero(self, dim=None):
    dims = None if dim is None else norm_dims(self, dim)
    return make(np.asarray(np.count_nonzero(self._data, axis=dims), np.int64), dtypes.int64)


# ---------------------------------------------------------------------------
# norms

_NORM = node_class("LinalgVectorNormBackward0")


def _norm_bwd(node, g):
    x, res = node.saved()
    p, dims, keepdim = node._ctx
    shape = x._data.shape
    g = _restore(g, shape, dims, keepdim)
    r = _restore(res, shape, dims, keepdim)
    from .ops_pointwise import where
    if p == 2:
        return (g * where(r.eq(0), 0.0, x / r),)
    if p == 1:
        return (x.sgn() * g,)
    if p == float("inf") or p == float("-inf"):
        mask = x.abs().eq(r)
        cnt = _restore(mask.sum(dims, keepdim=True) if dims else mask.sum(), shape, (), True)
        return (x.sgn() * ((g / cnt) * mask.to(g.dtype)),)
    if p == 0:
        return (x * 0.0,)
    return (where(r.eq(0), 0.0, x * x.abs().pow(p - 2) * g / r.pow(p - 1)),)


def _norm_lastdim_applies(d, dims):
    """PyTorch's vectorised last-dim 2-norm kernel: a contiguous float32/float64 input
    reduced over its last dim only, or over all dims (which TensorIterator coalesces)."""
    return (_exact is not None and d.dtype in (np.float32, np.float64) and d.ndim > 0
            and d.size > 0 and d.flags.c_contiguous
            and (dims == (d.ndim - 1,) or len(dims) == d.ndim))


def vector_norm(x, ord=2, dim=None, keepdim=False, dtype=None):
    if x.dtype.category < 2:
        raise RuntimeError(
            "linalg.vector_norm: Expected a floating point or complex tensor as input. "
            f"Got {x.dtype.short_name}")
    dims = norm_dims(x, dim)
    a = np.abs(x._data)
    p = float(ord)
    if p == 2 and _norm_lastdim_applies(x._data, dims):
        d = x._data
        r = _exact.norm2_lastdim(d.reshape(-1) if len(dims) == d.ndim else d)
        if keepdim:
            r = r.reshape(tuple(1 if k in dims else n for k, n in enumerate(x._data.shape)))
    elif p == 2:
        r = np.sqrt(sum_data(a * a, dims, keepdim))
    elif p == 1:
        r = sum_data(a, dims, keepdim)
    elif p == float("inf"):
        r = np.max(a, axis=dims, keepdims=keepdim)
    elif p == float("-inf"):
        r = np.min(a, axis=dims, keepdims=keepdim)
    elif p == 0:
        r = sum_data((a != 0).astype(a.dtype), dims, keepdim)
    else:
        r = np.power(sum_data(np.power(a, a.dtype.type(p)), dims, keepdim), a.dtype.type(1 / p))
    out = make(np.asarray(r, x.dtype.np), x.dtype)
    return record(out, _NORM, (x,), _norm_bwd, (x, out), ctx=(p, dims, keepdim))


@tensor_method("norm")
def norm(self, p="fro", dim=None, keepdim=False, dtype=None):
    if p == "fro" or p is None:
        p = 2
    if p == "nuc":
        raise RuntimeError("nuclear norm is not supported")
    return vector_norm(self, p, dim, keepdim)
