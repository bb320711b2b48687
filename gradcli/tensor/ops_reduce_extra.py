"""More reductions: var/std (and the *_mean pairs), logsumexp, cumsum/cumprod, softmax,
log_softmax, median, nansum.

Backward formulas follow the order of operations of PyTorch's derivative formulas so that
float32 gradients agree to the printed digit.
"""
from __future__ import annotations

import numpy as np

from . import dtypes
from .autograd import is_grad_enabled, node_class
from .ops_reduce import ReturnTypes, _restore, norm_dims, sum_data
from .tensor import Tensor, make, needs, record, tensor_method

try:
    from . import reduce as _exact
except ImportError:  # pragma: no cover
    _exact = None


def _float_only(t, name):
    if t.dtype.category < 2:
        what = name if name in ("std_mean", "var_mean") else "std and var"
        raise RuntimeError(f"{what} only support floating point and complex dtypes")


def _correction(unbiased, correction, dim_is_bool=False):
    if correction is not None:
        return float(correction)
    if unbiased is None:
        return 1.0
    return 1.0 if unbiased else 0.0


def _parse_var_args(self, dim, unbiased, keepdim, correction):
    # x.var(True) / x.var(False): the positional bool is `unbiased`
    if isinstance(dim, bool):
        unbiased, dim = dim, None
    return norm_dims(self, dim), _correction(unbiased, correction), keepdim


def _count(shape, dims):
    n = 1
    for k in dims:
        n *= shape[k]
    return n


def _var_data(d, dims, keepdim, corr):
    """Two-pass variance in double precision, rounded to the input dtype."""
    n = _count(d.shape, dims)
    dd = d.astype(np.float64)
    mean = np.mean(dd, axis=dims, keepdims=True)
    sq = np.sum((dd - mean) ** 2, axis=dims, keepdims=keepdim)
    dof = max(0.0, n - corr)
    var = np.asarray(sq / dof) if dof else np.asarray(sq * np.nan if n == 0 else sq / 0.0)
    return var, np.asarray(mean if keepdim else np.squeeze(mean, axis=dims))


def _dof_warning(dof):
    if dof <= 0:
        from gradcli.errors import warn
        warn("var(): degrees of freedom is <= 0. Correction should be strictly less than the "
             "reduction factor (input numel divided by output numel). (Triggered internally "
             "at /pytorch/aten/src/ATen/native/ReduceOps.cpp:1857.)")


_VAR = node_class("VarBackward0")
_STD = node_class("StdBackward0")
_VAR_MEAN = node_class("VarMeanBackward0")
_STD_MEAN = node_class("StdMeanBackward0")


def _var_grad(x, g, dims, keepdim, corr):
    """(2 / dof) * grad * (x - x.mean(dims, keepdim=True))."""
    shape = x._data.shape
    dof = _count(shape, dims) - corr
    g = _restore(g, shape, dims, keepdim)
    scale = 2.0 / dof if dof > 0 else float("inf")
    return scale * g * (x - x.mean(dims, keepdim=True))


def _var_bwd(node, g):
    (x,) = node.saved()
    dims, keepdim, corr = node._ctx
    return (_var_grad(x, g, dims, keepdim, corr),)


def _std_bwd(node, g):
    x, res = node.saved()
    dims, keepdim, corr = node._ctx
    from .ops_pointwise import where
    gv = where(res.eq(0), 0.0, g / (res * 2))
    return (_var_grad(x, gv, dims, keepdim, corr),)


def _var_std(self, dim, unbiased, keepdim, correction, is_std, name):
    _float_only(self, name)
    dims, corr, keepdim = _parse_var_args(self, dim, unbiased, keepdim, correction)
    d = self._data
    _dof_warning(_count(d.shape, dims) - corr)
    var, mean = _var_data(d, dims, keepdim, corr)
    val = np.sqrt(var) if is_std else var
    out = make(np.asarray(val, d.dtype), self.dtype)
    if is_std:
        rec = record(out, _STD, (self,), _std_bwd, (self, out), ctx=(dims, keepdim, corr))
    else:
        rec = record(out, _VAR, (self,), _var_bwd, (self,), ctx=(dims, keepdim, corr))
    return rec, make(np.asarray(mean, d.dtype), self.dtype)


@tensor_method("var")
def var(self, dim=None, unbiased=None, keepdim=False, *, correction=None):
    return _var_std(self, dim, unbiased, keepdim, correction, False, "var")[0]


@tensor_method("std")
def std(self, dim=None, unbiased=None, keepdim=False, *, correction=None):
    return _var_std(self, dim, unbiased, keepdim, correction, True, "std")[0]


def _pair_bwd(node, grads):
    g_stat, g_mean = grads
    x, res = node.saved()
    dims, keepdim, corr, is_std = node._ctx
    shape = x._data.shape
    out = None
    if g_stat is not None:
        if is_std:
            from .ops_pointwise import where
            g_stat = where(res.eq(0), 0.0, g_stat / (res * 2))
        out = _var_grad(x, g_stat, dims, keepdim, corr)
    if g_mean is not None:
        gm = _restore(g_mean, shape, dims, keepdim) / _count(shape, dims)
        out = gm if out is None else out + gm
    return (out,)


def _pair(self, dim, unbiased, keepdim, correction, is_std):
    name = "std_mean" if is_std else "var_mean"
    _float_only(self, name)
    dims, corr, keepdim = _parse_var_args(self, dim, unbiased, keepdim, correction)
    d = self._data
    var, mean = _var_data(d, dims, keepdim, corr)
    val = np.sqrt(var) if is_std else var
    stat = make(np.asarray(val, d.dtype), self.dtype)
    mean_t = make(np.asarray(mean, d.dtype), self.dtype)
    from .autograd import is_grad_enabled
    if is_grad_enabled() and self._requires_grad:
        from .autograd import edge_of
        cls = _STD_MEAN if is_std else _VAR_MEAN
        meta = ((d.shape, self.dtype),)
        node = cls((edge_of(self),), _pair_bwd, (self, stat.detach()), meta,
                   (dims, keepdim, corr, is_std), n_out=2)
        for k, t in enumerate((stat, mean_t)):
            t.grad_fn = node
            t._requires_grad = True
            t._output_nr = k
    return stat, mean_t


def var_mean(self, dim=None, unbiased=None, keepdim=False, *, correction=None):
    return _pair(self, dim, unbiased, keepdim, correction, False)


def std_mean(self, dim=None, unbiased=None, keepdim=False, *, correction=None):
    return _pair(self, dim, unbiased, keepdim, correction, True)


# torch.var_mean / torch.std_mean only (no Tensor methods of these names in PyTorch)
Tensor.var_mean = var_mean
Tensor.std_mean = std_mean

# ---------------------------------------------------------------------------
# logsumexp

_LSE = node_class("LogsumexpBackward0")


def _lse_bwd(node, g):
    x, res = node.saved()
    dims, keepdim = node._ctx
    shape = x._data.shape
    g = _restore(g, shape, dims, keepdim)
    r = _restore(res, shape, dims, keepdim)
    return (g * (x - r).exp(),)


@tensor_method("logsumexp")
def logsumexp(self, dim=None, keepdim=False):
    if dim is None:
        raise TypeError("logsumexp() missing 1 required positional arguments: \"dim\"")
    dims = norm_dims(self, dim)
    src = self
    if self.dtype.category < 2:
        src = make(self._data.astype(dtypes.default_float().np), dtypes.default_float())
    d = src._data
    if d.size == 0:
        res = np.log(np.sum(np.exp(d), axis=dims, keepdims=keepdim))
    else:
        m = np.max(d, axis=dims, keepdims=True) if d.size else np.zeros((), d.dtype)
        m = np.where(np.isinf(m), np.zeros((), d.dtype), m)
        s = sum_data(np.exp(d - m), dims, True)
        res = np.log(s) + m
        if not keepdim:
            res = np.squeeze(res, axis=dims)
    out = make(np.asarray(res, d.dtype), src.dtype)
    if src.dtype.category < 2:
        return out
    return record(out, _LSE, (self,), _lse_bwd, (self, out), ctx=(dims, keepdim))


# ---------------------------------------------------------------------------
# cumulative ops

_CUMSUM = node_class("CumsumBackward0")
_CUMPROD = node_class("CumprodBackward0")


def _cumsum_data(d, k):
    if d.dtype == np.float32 and _exact is not None:
        res = np.asarray(_exact.cumsum_f32(d, k))
    elif d.dtype == np.float64 and _exact is not None:
        res = np.asarray(_exact.cumsum_f64(d, k))
    else:
        return np.cumsum(d, axis=k)
    # PyTorch's running sum starts at +0: a run of leading -0 sums to +0 (same values else)
    return res + res.dtype.type(0)


def _flip(t, k):
    """t reversed along dim k (Tensor.flip when the index helper provides it)."""
    if "flip" in Tensor._script_attrs:
        return t.flip(k)
    return make(np.ascontiguousarray(np.flip(t._data, k)), t.dtype)


def _cumsum_bwd(node, g):
    (k,) = node._ctx
    if g._data.ndim == 0 or g._data.size <= 1 or g._data.shape[k] == 1:
        return (g,)   # PyTorch hands the gradient back unchanged here
    return (_flip(cumsum(_flip(g, k), k), k),)


@tensor_method("cumsum")
def cumsum(self, dim, *, dtype=None):
    d = self._data
    out_dt = dtype if dtype is not None else (
        self.dtype if self.dtype.category == 2 else dtypes.int64)
    d = d.astype(out_dt.np, copy=False)
    k = self._wrap_dim(dim) if d.ndim else 0
    res = _cumsum_data(d, k) if d.ndim else d.copy()
    out = make(np.asarray(res, out_dt.np), out_dt)
    if out_dt.category < 2:
        return out
    return record(out, _CUMSUM, (self,), _cumsum_bwd, None, ctx=(k,))


@tensor_method("cumsum_")
def cumsum_(self, dim, *, dtype=None):
    from .dispatch import inplace
    return inplace(self, cumsum, dim)


def _cumprod_bwd(node, g):
    x, res = node.saved()
    (k,) = node._ctx
    if x._data.ndim == 0:
        return (g,)
    if bool(np.all(x._data != 0)):
        return (_flip(cumsum(_flip(res * g, k), k), k) / x,)
    # zeros: d out_j / d x_i = prod_{l<=j, l!=i} x_l, computed directly
    xd = np.moveaxis(x._data, k, -1)
    gd = np.moveaxis(g._data.astype(xd.dtype), k, -1)
    n = xd.shape[-1]
    out = np.zeros_like(xd)
    for i in range(n):
        others = xd.copy()
        others[..., i] = 1
        partial = np.cumprod(others, axis=-1)
        out[..., i] = np.sum(partial[..., i:] * gd[..., i:], axis=-1)
    return (make(np.ascontiguousarray(np.moveaxis(out, -1, k)), x.dtype),)


@tensor_method("cumprod")
def cumprod(self, dim, *, dtype=None):
    d = self._data
    out_dt = dtype if dtype is not None else (
        self.dtype if self.dtype.category == 2 else dtypes.int64)
    d = d.astype(out_dt.np, copy=False)
    k = self._wrap_dim(dim) if d.ndim else 0
    res = np.cumprod(d, axis=k) if d.ndim else d.copy()
    out = make(np.asarray(res, out_dt.np), out_dt)
    if out_dt.category < 2:
        return out
    return record(out, _CUMPROD, (self,), _cumprod_bwd, (self, out), ctx=(k,))


# ---------------------------------------------------------------------------
# softmax / log_softmax

_SOFTMAX = node_class("SoftmaxBackward0")
_LOG_SOFTMAX = node_class("LogSoftmaxBackward0")


def _softmax_bwd(node, g):
    (out,) = node.saved()
    (k,) = node._ctx
    y = out._data
    if (k == y.ndim - 1 and y.dtype == np.float32 and g._data.shape == y.shape
            and not is_grad_enabled()):
        # PyTorch's last-dim kernel: y * (g - S), S = sum(g*y) in 8-lane vector order
        gd = g._data.astype(np.float32, copy=False)
        s = lane_sum_lastdim(gd * y)
        return (make(y * (gd - s), out.dtype),)
    return (out * (g - (g * out).sum(k, keepdim=True)),)


def lane_sum_lastdim(a, lanes=8):
    """float32 sum over the last axis in the order of a vectorised reduction: 8-lane
    partial sums (the tail folded into the first lanes), then a halving tree; rows shorter
    than a vector are summed left to right. Keeps the axis (keepdims)."""
    n = a.shape[-1]
    if n < lanes:   # left to right from the first element (so a row of -0 sums to -0)
        if n == 0:
            return np.zeros(a.shape[:-1] + (1,), np.float32)
        acc = a[..., 0:1].copy()
        for j in range(1, n):
            acc += a[..., j:j + 1]
        return acc
    acc = a[..., :lanes].copy()
    d = lanes
    while d + lanes <= n:
        acc += a[..., d:d + lanes]
        d += lanes
    if d < n:
        acc[..., :n - d] += a[..., d:]
    while acc.shape[-1] > 1:
        h = acc.shape[-1] // 2
        acc = acc[..., :h] + acc[..., h:]
    return acc


def _log_softmax_bwd(node, g):
    (out,) = node.saved()
    (k,) = node._ctx
    y = out._data
    if (k == y.ndim - 1 and y.dtype == np.float32 and g._data.shape == y.shape
            and not is_grad_enabled()):
        # PyTorch's last-dim kernel: g - exp(y) * S as one fused multiply-add, with its
        # vector exp (SLEEF) and S = sum(g) in 8-lane vector order
        from . import vecmath
        gd = g._data.astype(np.float32, copy=False)
        e = vecmath.sleef_expf_u10(np.ascontiguousarray(y).reshape(-1)).reshape(y.shape)
        s = np.broadcast_to(lane_sum_lastdim(gd), y.shape)
        return (make(np.asarray(vecmath.fma32(-e, s, gd), np.float32), out.dtype),)
    return (g - out.exp() * g.sum(k, keepdim=True),)


def _softmax_input(self, dim, dtype, name):
    if dim is None:
        raise TypeError(f"{name}() missing 1 required positional arguments: \"dim\"")
    src = self if dtype is None else self.to(dtype)
    k = src._wrap_dim(dim) if src._data.ndim else 0
    if src.dtype.category < 2 and src._data.size:   # an empty tensor runs no kernel
        kernel = "_lastdim" if k >= src._data.ndim - 1 else ""
        raise NotImplementedError(f'"{name}{kernel}_kernel_impl" not implemented for '
                                  f"'{src.dtype.short_name}'")
    return src, k


def _shifted(d, k):
    if d.ndim == 0:
        return d - d
    m = np.max(d, axis=k, keepdims=True) if d.size else d
    return d - m


@tensor_method("softmax")
def softmax(self, dim=None, dtype=None, *, _stacklevel=None):
    src, k = _softmax_input(self, dim, dtype, "softmax")
    d = src._data
    if d.dtype == np.float32 and d.ndim and k == d.ndim - 1 and d.size:
        # PyTorch's last-dim kernel: exp(x - max) with SLEEF's vector exp, the sum in
        # 8-lane order, then a multiplication by its reciprocal
        from . import vecmath
        sh = _shifted(d, k)
        e = vecmath.sleef_expf_u10(np.ascontiguousarray(sh).reshape(-1)).reshape(sh.shape)
        s = lane_sum_lastdim(e)
    else:
        e = np.exp(_shifted(d, k))
        s = np.sum(e, axis=k, keepdims=True) if d.ndim else e
    one = d.dtype.type(1)
    res = e * (one / s)
    out = make(np.asarray(res, d.dtype), src.dtype)
    return record(out, _SOFTMAX, (src,), _softmax_bwd, (out,), ctx=(k,))


@tensor_method("log_softmax")
def log_softmax(self, dim=None, dtype=None, *, _stacklevel=None):
    src, k = _softmax_input(self, dim, dtype, "log_softmax")
    d = src._data
    sh = _shifted(d, k)
    if d.dtype == np.float32 and d.ndim and k == d.ndim - 1 and d.size:
        # PyTorch's last-dim kernel: x - max - log(sum(exp(x - max))) with SLEEF's vector
        # exp, the sum in 8-lane order and a scalar log
        from . import vecmath
        e = vecmath.sleef_expf_u10(np.ascontiguousarray(sh).reshape(-1)).reshape(sh.shape)
        logs = np.log(lane_sum_lastdim(e).astype(np.float64)).astype(np.float32)
        res = sh - logs
    else:
        s = np.sum(np.exp(sh), axis=k, keepdims=True) if d.ndim else np.exp(sh)
        res = sh - np.log(s)
    out = make(np.asarray(res, d.dtype), src.dtype)
    return record(out, _LOG_SOFTMAX, (src,), _log_softmax_bwd, (out,), ctx=(k,))


# ---------------------------------------------------------------------------
# median, nansum

_MEDIAN0 = node_class("MedianBackward0")
_MEDIAN1 = node_class("MedianBackward1")


def _median_all_bwd(node, g):
    x, res = node.saved()
    from .ops_pointwise import where
    mask = x.isnan() if np.isnan(res._data).any() else x.eq(res)
    count = int(mask._data.sum())
    return (where(mask, g / count, 0.0),)


def _median_dim_bwd(node, g):
    shape, k, keepdim = node._ctx
    (idx,) = node.saved()
    if not keepdim and len(shape):
        g = g.unsqueeze(k)
        idx = idx.unsqueeze(k)
    if not len(shape):
        return (g,)
    zeros = make(np.zeros(shape, g.dtype.np), g.dtype)
    if "scatter" in Tensor._script_attrs:
        return (zeros.scatter(k, idx, g),)
    out = zeros._data
    np.put_along_axis(out, idx._data, g._data, axis=k)
    return (zeros,)


def _median_pick(d, axis):
    """Lower median along axis with its index (NaN wins), like PyTorch."""
    n = d.shape[axis]
    order = np.argsort(d, axis=axis, kind="stable")
    pos = (n - 1) // 2
    idx = np.take(order, pos, axis=axis)
    if d.dtype.kind == "f":
        nanpos = np.isnan(d)
        has = nanpos.any(axis=axis)
        if has.any():
            idx = np.where(has, np.argmax(nanpos, axis=axis), idx)
    vals = np.take_along_axis(d, np.expand_dims(idx, axis), axis=axis).squeeze(axis)
    return vals, idx.astype(np.int64)


@tensor_method("median")
def median(self, dim=None, keepdim=False):
    d = self._data
    if dim is None:
        if d.size == 0:
            out = make(np.asarray(np.nan, d.dtype), self.dtype)
        else:
            v, _ = _median_pick(d.reshape(-1), 0)
            out = make(np.asarray(v, d.dtype), self.dtype)
        if self.dtype.category < 2:
            return out
        return record(out, _MEDIAN0, (self,), _median_all_bwd, (self, out))
    k = self._wrap_dim(dim)
    if d.ndim == 0:
        vals, idx = d.copy(), np.asarray(0, np.int64)
    else:
        if d.shape[k] == 0:
            raise IndexError(f"median(): Expected reduction dim {k} to have non-zero size.")
        vals, idx = _median_pick(d, k)
        if keepdim:
            vals, idx = np.expand_dims(vals, k), np.expand_dims(idx, k)
    values = make(np.asarray(vals, d.dtype), self.dtype)
    indices = make(np.asarray(idx), dtypes.int64)
    if self.dtype.category == 2:
        record(values, _MEDIAN1, (self,), _median_dim_bwd, (indices,),
               ctx=(d.shape, k, keepdim))
    return ReturnTypes.make("median", values, indices)


_KTH = node_class("KthvalueBackward0")


@tensor_method("kthvalue")
def kthvalue(self, k, dim=-1, keepdim=False):
    """The k-th smallest value along dim and its index (the stable order's, among ties)."""
    d = self._data
    kd = self._wrap_dim(dim) if d.ndim else 0
    n = d.shape[kd] if d.ndim else 1
    if not 1 <= k <= n:
        raise IndexError(f"kthvalue(): selected number k out of range for dimension {kd}")
    if d.ndim == 0:
        vals, idx = d.copy(), np.asarray(0, np.int64)
    else:
        order = np.argsort(d, axis=kd, kind="stable")
        idx = np.take(order, k - 1, axis=kd).astype(np.int64)
        vals = np.take_along_axis(d, np.expand_dims(idx, kd), axis=kd).squeeze(kd)
        if keepdim:
            vals, idx = np.expand_dims(vals, kd), np.expand_dims(idx, kd)
    values = make(np.asarray(vals, d.dtype), self.dtype)
    indices = make(np.asarray(idx), dtypes.int64)
    if self.dtype.category == 2:
        record(values, _KTH, (self,), _median_dim_bwd, (indices,), ctx=(d.shape, kd, keepdim))
    return ReturnTypes.make("kthvalue", values, indices)


_NANSUM = node_class("NansumBackward0")


def _nansum_bwd(node, g):
    (x,) = node.saved()
    shape, dims, keepdim = node._ctx
    from .ops_pointwise import where
    g = _restore(g, shape, dims, keepdim)
    return (where(x.isnan(), 0.0, g),)


@tensor_method("nansum")
def nansum(self, dim=None, keepdim=False, *, dtype=None):
    dims = norm_dims(self, dim)
    d = self._data
    if self.dtype.category < 2:
        return self.sum(dim, keepdim) if dim is not None else self.sum()
    clean = np.where(np.isnan(d), np.zeros((), d.dtype), d)
    out = make(np.asarray(sum_data(clean, dims, keepdim), d.dtype), self.dtype)
    return record(out, _NANSUM, (self,), _nansum_bwd, (self,), ctx=(d.shape, dims, keepdim))


__all__ = ["var", "std", "var_mean", "std_mean", "logsumexp", "cumsum", "cumprod", "softmax",
           "log_softmax", "median", "nansum", "Tensor"]


# ---------------------------------------------------------------------------
# sort / argsort / topk (values with indices; backward scatters into zeros)

_SORT = node_class("SortBackward0")
_TOPK = node_class("TopkBackward0")


def _scatter_back(node, g):
    shape, dim = node._ctx
    idx = node.saved()[0]
    zeros = make(np.zeros(shape, g.dtype.np), g.dtype)
    return (zeros.scatter(dim, idx, g),)


def _order(d, k, descending):
    """Stable ordering along axis k; nan sorts as the largest value (as in PyTorch)."""
    if descending:
        key = np.where(np.isnan(d), np.inf, d) if d.dtype.kind == "f" else d
        order = np.argsort(-key if d.dtype.kind != "b" else ~key, axis=k, kind="stable")
        if d.dtype.kind == "f":
            # nan first, then descending values; stable among equal keys
            nan_first = np.argsort(~np.isnan(np.take_along_axis(d, order, k)), axis=k,
                                   kind="stable")
            order = np.take_along_axis(order, nan_first, k)
        return order
    return np.argsort(d, axis=k, kind="stable")


def _topk_order(d, kdim, k, largest, sorted_):
    """Indices of PyTorch's CPU topk along kdim: libstdc++'s partial_sort (k * 64 <= n) or
    nth_element + sort of the first k - 1 over (value, index) pairs compared by value, NaN
    counted as largest; which of several equal values come out depends on exactly that."""
    from . import stl_sort
    moved = np.moveaxis(d, kdim, -1)
    rows = moved.reshape(-1, moved.shape[-1]) if moved.size else moved.reshape(0, 0)
    n = moved.shape[-1]
    out = np.empty(moved.shape[:-1] + (k,), np.int64).reshape(-1, k)

    def nan(v):
        return v != v
    if largest:
        def less(x, y):
            return (nan(x[0]) and not nan(y[0])) or x[0] > y[0]
    else:
        def less(x, y):
            return (not nan(x[0]) and nan(y[0])) or x[0] < y[0]
    for r, row in enumerate(rows):
        if sorted_ and np.unique(row).size == n and not np.isnan(row).any():
            # distinct values: the order is the plain sort's, found in C
            order = np.argsort(row, kind="stable")
            if largest:
                order = order[::-1]
            out[r] = order[:k]
            continue
        q = list(zip(row.tolist(), range(n)))
        if k * 64 <= n:
            stl_sort.partial_sort(q, 0, k, n, less)
        else:
            stl_sort.nth_element(q, 0, k - 1, n, less)
            if sorted_:
                stl_sort.sort(q, 0, k - 1, less)
        out[r] = [i for _, i in q[:k]]
    return np.moveaxis(out.reshape(moved.shape[:-1] + (k,)), -1, kdim)


def _sorted(self, dim, descending, name, cls, k=None, sorted_=True):
    d = self._data
    if d.ndim == 0:
        vals, idx = d.copy(), np.zeros((), np.int64)
        kdim = 0
    else:
        kdim = self._wrap_dim(dim)
        if k is not None and k > 0 and d.size:
            idx = _topk_order(d, kdim, k, descending, sorted_)
        else:
            idx = _order(d, kdim, descending)
            if k is not None:
                idx = np.take(idx, np.arange(k), axis=kdim)
        vals = np.take_along_axis(d, idx, kdim)
    # (np.ascontiguousarray would turn a 0-d result into a 1-d one)
    values = make(np.array(vals, order="C"), self.dtype)
    indices = make(np.array(idx, dtype=np.int64, order="C"), dtypes.int64)
    if self.dtype.category == 2:
        record(values, cls, (self,), _scatter_back, (indices,), ctx=(d.shape, kdim))
    return ReturnTypes.make(name, values, indices)


@tensor_method("sort")
def sort(self, dim=-1, descending=False, stable=False):
    return _sorted(self, dim, descending, "sort", _SORT)


@tensor_method("argsort")
def argsort(self, dim=-1, descending=False, stable=False):
    return _sorted(self, dim, descending, "sort", _SORT)[1]


@tensor_method("topk")
def topk(self, k, dim=-1, largest=True, sorted=True):
    d = self._data
    size = d.shape[self._wrap_dim(dim)] if d.ndim else 1
    if k < 0 or k > size:
        raise RuntimeError("selected index k out of range")
    return _sorted(self, dim, largest, "topk", _TOPK, k=k, sorted_=sorted)
