"""torch.nn.functional: activations, softmax, linear, dropout and the losses.

Forward values are computed with the engine's own ops under no_grad (so that reductions
follow the engine's PyTorch-order sums); the result is then given the pinned grad_fn of the
PyTorch op, whose backward is written with Tensor operations (so create_graph works).
"""
from __future__ import annotations

import math

import numpy as np

from . import dtypes
from .autograd import no_grad, node_class
from .dispatch import broadcast_shape, result_dtype
from .tensor import Tensor, make, needs, record, tensor_method

_REDUCTIONS = ("none", "mean", "sum")


def _plain(t):
    """Values of a no-grad computation as a fresh graph-less tensor."""
    return make(t._data, t.dtype)


def _ng(fn, *args, **kwargs):
    with no_grad():
        return fn(*args, **kwargs)


def _check_reduction(reduction):
    if reduction not in _REDUCTIONS:
        raise ValueError(f"{reduction} is not a valid value for reduction")


def _reduce(loss, reduction):
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss


def _reduce_grad(g, shape, reduction, numel, dtype):
    """The incoming gradient of a reduced loss, as a per-element factor."""
    if reduction == "mean":
        return g / numel if numel else g
    return g


def _const(arr, dt):
    return make(np.asarray(arr, dt.np), dt)


# ---------------------------------------------------------------------------
# activations

_HARDTANH = node_class("HardtanhBackward0")
_LEAKY = node_class("LeakyReluBackward0")
_ELU = node_class("EluBackward0")
_GELU = node_class("GeluBackward0")
_SILU = node_class("SiluBackward0")
_SOFTPLUS = node_class("SoftplusBackward0")
_SOFTMAX = node_class("SoftmaxBackward0")
_LOG_SOFTMAX = node_class("LogSoftmaxBackward0")


def _apply_inplace(x, fn, *args):
    from .dispatch import inplace
    return inplace(x, fn, *args)


def relu(input, inplace=False):
    return input.relu_() if inplace else input.relu()


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    if inplace:
        return _apply_inplace(input, hardtanh, min_val, max_val)
    d = input._data
    lo = d.dtype.type(min_val) if d.dtype.kind == "f" else min_val
    hi = d.dtype.type(max_val) if d.dtype.kind == "f" else max_val
    arr = np.where(d < lo, lo, np.where(d > hi, hi, d)).astype(d.dtype)  # keeps -0 and NaN
    out = make(arr, input.dtype)

    def bwd(n, g):
        x = n.saved()[0]
        keep = (x > min_val).logical_and(x < max_val)
        from .ops_pointwise import where
        return (where(keep, g, 0.0),)  # +0 where clipped (g * mask gave -0 for g < 0)
    return record(out, _HARDTANH, (input,), bwd, (input,))


def relu6(input, inplace=False):
    return hardtanh(input, 0.0, 6.0, inplace)


def leaky_relu(input, negative_slope=0.01, inplace=False):
    if inplace:
        return _apply_inplace(input, leaky_relu, negative_slope)
    d = input._data
    s = d.dtype.type(negative_slope)
    out = make(np.where(d > 0, d, d * s).astype(d.dtype), input.dtype)

    def bwd(n, g):
        x = n.saved()[0]
        from .ops_pointwise import where
        return (where(x > 0, g, g * negative_slope),)
    return record(out, _LEAKY, (input,), bwd, (input,))


def elu(input, alpha=1.0, inplace=False):
    if inplace:
        return _apply_inplace(input, elu, alpha)
    d = input._data
    t = d.dtype.type
    out = make(np.where(d <= 0, np.expm1(d) * t(alpha), d).astype(d.dtype), input.dtype)

    def bwd(n, g):
        x = n.saved()[0]
        from .ops_pointwise import where
        return (where(x <= 0, g * alpha * x.exp(), g),)
    return record(out, _ELU, (input,), bwd, (input,))


def _erf_np(d):
    from .ops_pointwise import _erf
    return _erf(d)


def _opmath(d):
    """float16 data computed in float32 and rounded once at the end, as PyTorch's half
    kernels do (op-math type); other dtypes as they are."""
    return d.astype(np.float32) if d.dtype == np.float16 else d


def gelu(input, approximate="none"):
    if approximate not in ("none", "tanh"):
        raise RuntimeError("approximate argument must be either none or tanh.")
    d = _opmath(input._data)
    t = d.dtype.type
    if approximate == "tanh":
        inner = t(math.sqrt(2.0 / math.pi)) * (d + t(0.044715) * d * d * d)
        arr = t(0.5) * d * (t(1) + np.tanh(inner))
    else:
        arr = d * t(0.5) * (t(1) + _erf_np(d * t(1 / math.sqrt(2.0))))
    out = make(np.asarray(arr, d.dtype).astype(input._data.dtype), input.dtype)

    def bwd(n, g):
        x = n.saved()[0]
        if approximate == "tanh":
            k = math.sqrt(2.0 / math.pi)
            th = ((x * x * x * 0.044715 + x) * k).tanh()
            du = (x * x * (3 * 0.044715) + 1) * k
            return (g * ((th + 1) * 0.5 + x * 0.5 * (1 - th * th) * du),)
        cdf = ((x * (1 / math.sqrt(2.0))).erf() + 1) * 0.5
        pdf = (x * x * -0.5).exp() * (2 / math.sqrt(math.pi) * (1 / math.sqrt(2.0)) * 0.5)
        return (g * (cdf + x * pdf),)
    return record(out, _GELU, (input,), bwd, (input,))


def silu(input, inplace=False):
    if inplace:
        return _apply_inplace(input, silu)
    d = _opmath(input._data)
    t = d.dtype.type
    out = make(np.asarray(d / (t(1) + np.exp(-d)), d.dtype).astype(input._data.dtype),
               input.dtype)

    def bwd(n, g):
        x = n.saved()[0]
        sig = 1 / ((-x).exp() + 1)
        return (g * sig * ((1 - sig) * x + 1),)
    return record(out, _SILU, (input,), bwd, (input,))


def softplus(input, beta=1.0, threshold=20.0):
    d = _opmath(input._data)
    t = d.dtype.type
    xb = d * t(beta)
    arr = np.where(xb > t(threshold), d, np.log1p(np.exp(xb)) / t(beta))
    out = make(np.asarray(arr, d.dtype).astype(input._data.dtype), input.dtype)

    def bwd(n, g):
        x = n.saved()[0]
        from .ops_pointwise import where
        z = (x * beta).exp()
        return (where(x * beta > threshold, g, g * z / (z + 1)),)
    return record(out, _SOFTPLUS, (input,), bwd, (input,))


def sigmoid(input):
    return input.sigmoid()


def tanh(input):
    return input.tanh()


def _softmax_dim(ndim):
    return 0 if ndim in (0, 1, 3) else 1


def _implicit(name, input, dim):
    if dim is None:
        from gradcli.errors import warn
        warn(f"Implicit dimension choice for {name} has been deprecated. Change the call to "
             "include dim=X as an argument.")
        dim = _softmax_dim(input._data.ndim)
    return dim


def softmax(input, dim=None, _stacklevel=3, dtype=None):
    dim = _implicit("softmax", input, dim)
    return input.softmax(dim, dtype=dtype)


def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
    dim = _implicit("log_softmax", input, dim)
    return input.log_softmax(dim, dtype=dtype)


def softmin(input, dim=None, _stacklevel=3, dtype=None):
    dim = _implicit("softmin", input, dim)
    return (-input).softmax(dim, dtype=dtype)


def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
    denom = input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
    return input / denom


# ---------------------------------------------------------------------------
# linear / dropout

_ADDMM = node_class("AddmmBackward0")


def _addmm(bias, mat1, mat2):
    """bias + mat1 @ mat2 with AddmmBackward0 (bias broadcast over rows)."""
    with no_grad():
        prod = mat1.mm(mat2)
    pd = prod._data
    arr = np.asarray(pd + np.broadcast_to(bias._data.astype(pd.dtype, copy=False), pd.shape),
                     pd.dtype)
    out = make(arr, prod.dtype)
    bshape = bias._data.shape

    def bwd(n, g):
        m1, m2 = n.saved()
        gb = g.sum_to_size(bshape) if needs(n, 0) else None
        g1 = g.mm(m2.t()) if needs(n, 1) else None
        g2 = m1.t().mm(g) if needs(n, 2) else None
        return gb, g1, g2
    return record(out, _ADDMM, (bias, mat1, mat2), bwd, (mat1, mat2))


def linear(input, weight, bias=None):
    wt = weight.t()
    nd = input._data.ndim
    if nd == 0:
        raise RuntimeError("both arguments to linear need to be at least 1D, but they are 0D "
                           "and 2D")
    if bias is not None:   # PyTorch's addmm: dtypes are checked before shapes
        from .ops_linalg import check_mat_dtypes
        check_mat_dtypes(None, input, weight)
    if nd == 2:
        if bias is not None:
            if bias._data.ndim and bias._data.shape[-1] not in (1, wt._data.shape[-1]):
                raise RuntimeError(
                    f"The size of tensor a ({bias._data.shape[-1]}) must match the size of "
                    f"tensor b ({wt._data.shape[-1]}) at non-singleton dimension 1")
            _check_mm(input, wt)
            return _addmm(bias, input, wt)
        return input.mm(wt)
    lead = input._data.shape[:-1]
    _check_mm(input.reshape(-1, input._data.shape[-1]), wt)
    flat = input.reshape(-1, input._data.shape[-1]) if nd > 2 else input.unsqueeze(0)
    if nd > 2 or bias is not None:
        r = _addmm(bias, flat, wt) if bias is not None else flat.mm(wt)
        return r.view(lead + (wt._data.shape[-1],))
    return input.matmul(wt)


def _check_mm(a, b):
    (n, k), (k2, m) = a._data.shape, b._data.shape
    if k != k2:
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({n}x{k} and {k2}x{m})")


def dropout(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training:
        return input
    from .random import default_generator
    mask = default_generator.dropout_mask(input._data.shape, p, input.dtype.np)
    if mask is None:
        return input if not inplace else input
    m = make(mask, input.dtype)
    if inplace:
        return input.mul_(m)
    return input * m


# ---------------------------------------------------------------------------
# losses

_MSE = node_class("MseLossBackward0")
_SMOOTH_L1 = node_class("SmoothL1LossBackward0")
_HUBER = node_class("HuberLossBackward0")
_BCE = node_class("BinaryCrossEntropyBackward0")
_BCE_LOGITS = node_class("BinaryCrossEntropyWithLogitsBackward0")
_NLL = node_class("NllLossBackward0")
_NLL2D = node_class("NllLoss2DBackward0")


def legacy_reduction(size_average, reduce, reduction):
    """The reduction the deprecated size_average=/reduce= arguments ask for (with
    PyTorch's warning), or `reduction` when neither is given."""
    if size_average is None and reduce is None:
        return reduction
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    ret = "mean" if size_average and reduce else "sum" if reduce else "none"
    from gradcli.errors import warn
    warn(f"size_average and reduce args will be deprecated, please use reduction='{ret}' "
         "instead.")
    return ret


def _size_warning(input, target):
    if target._data.shape != input._data.shape:
        from gradcli.errors import warn
        warn(f"Using a target size ({target.shape}) that is different to the input size "
             f"({input.shape}). This will likely lead to incorrect results due to "
             "broadcasting. Please ensure they have the same size.")


def _pair_loss(input, target, reduction, node_cls, elem_fwd, elem_bwd):
    """A pointwise loss of (input, target) with a pinned node and reduction.

    elem_fwd(diff Tensor) -> loss Tensor (no grad); elem_bwd(diff Tensor) -> d loss/d input.
    """
    _check_reduction(reduction)
    _size_warning(input, target)
    shape = broadcast_shape(input._data.shape, target._data.shape)
    with no_grad():
        a, b = input, target
        if a._data.shape != shape:
            a = a.expand(shape)
        if b._data.shape != shape:
            b = b.expand(shape)
        diff = a - b
        loss = _reduce(elem_fwd(diff), reduction)
    out = _plain(loss)
    numel = int(np.prod(shape))
    ishape, tshape = input._data.shape, target._data.shape

    def bwd(n, g):
        x, t = n.saved()
        d = x - t
        gg = _reduce_grad(g, shape, reduction, numel, x.dtype)
        gi = elem_bwd(d) * gg
        return (gi.sum_to_size(ishape) if needs(n, 0) else None,
                (-gi).sum_to_size(tshape) if needs(n, 1) else None)
    return record(out, node_cls, (input, target), bwd, (input, target))


def mse_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    reduction = legacy_reduction(size_average, reduce, reduction)
    if input.dtype.category < 2:
        raise NotImplementedError(f'"mse_cpu" not implemented for \'{_type_word(input.dtype)}\'')
    return _pair_loss(input, target, reduction, _MSE, lambda d: d * d, lambda d: d * 2)


def l1_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    reduction = legacy_reduction(size_average, reduce, reduction)
    _check_reduction(reduction)
    _size_warning(input, target)
    return _reduce((input - target).abs(), reduction)


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean",
                   beta=1.0):
    reduction = legacy_reduction(size_average, reduce, reduction)
    if beta == 0.0:
        return l1_loss(input, target, reduction=reduction)
    from .ops_pointwise import where

    def fwd(d):
        z = d.abs()
        return where(z < beta, z * z * 0.5 / beta, z - 0.5 * beta)

    def dbwd(d):
        return _smooth_grad(d, beta)
    return _pair_loss(input, target, reduction, _SMOOTH_L1, fwd, dbwd)


def _smooth_grad(d, beta):
    from .ops_pointwise import where
    ones = d * 0 + 1
    return where(d < -beta, -ones, where(d > beta, ones, d / beta))


def huber_loss(input, target, reduction="mean", delta=1.0, weight=None):
    from .ops_pointwise import where

    def fwd(d):
        z = d.abs()
        return where(z < delta, z * z * 0.5, (z - 0.5 * delta) * delta)

    def dbwd(d):
        ones = d * 0 + 1
        return where(d < -delta, ones * -delta, where(d > delta, ones * delta, d))
    return _pair_loss(input, target, reduction, _HUBER, fwd, dbwd)


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None,
                         reduction="mean"):
    reduction = legacy_reduction(size_average, reduce, reduction)
    _check_reduction(reduction)
    if target._data.shape != input._data.shape:
        raise ValueError(
            f"Using a target size ({target.shape}) that is different to the input size "
            f"({input.shape}) is deprecated. Please ensure they have the same size.")
    if target.dtype is not input.dtype:
        raise RuntimeError(f"Found dtype {_type_word(target.dtype)} but expected "
                           f"{_type_word(input.dtype)}")
    x = input._data
    if x.size and not np.all((x >= 0) & (x <= 1)):
        raise RuntimeError("all elements of input should be between 0 and 1")
    t = target._data.astype(x.dtype, copy=False)
    tp = x.dtype.type
    lg = np.maximum(np.log(x), tp(-100))
    l1m = np.maximum(np.log1p(-x), tp(-100))
    loss = np.asarray((t - tp(1)) * l1m - t * lg, x.dtype)
    if weight is not None:
        loss = np.asarray(loss * np.broadcast_to(weight._data, loss.shape), x.dtype)
    with no_grad():
        out = _plain(_reduce(make(loss, input.dtype), reduction))
    numel = x.size

    def bwd(n, g):
        xi, ti = n.saved()
        gg = _reduce_grad(g, x.shape, reduction, numel, xi.dtype)
        denom = ((1 - xi) * xi).clamp_min(1e-12)
        gi = gg * (xi - ti) / denom
        if weight is not None:
            gi = gi * weight
        gt = None
        if needs(n, 1):
            gt = gg * ((1 - xi).log() - xi.log())
            if weight is not None:
                gt = gt * weight
        return (gi if needs(n, 0) else None, gt)
    return record(out, _BCE, (input, target), bwd, (input, target))


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None,
                                     reduce=None, reduction="mean", pos_weight=None):
    reduction = legacy_reduction(size_average, reduce, reduction)
    _check_reduction(reduction)
    if target._data.shape != input._data.shape:
        raise ValueError(
            f"Target size ({target.shape}) must be the same as input size ({input.shape})")
    if target.dtype.category < 2 <= input.dtype.category:
        raise RuntimeError(f"result type {_type_word(input.dtype)} can't be cast to the "
                           f"desired output type {_type_word(target.dtype)}")
    rt = result_dtype(input, target)    # a float64 target makes a float64 loss
    if input.dtype is not rt:
        input = input.to(rt)
    if target.dtype is not rt:
        target = target.to(rt)
    x = input._data
    tp = x.dtype.type
    t = target._data.astype(x.dtype, copy=False)
    log_sig = np.minimum(x, tp(0)) - np.log1p(np.exp(-np.abs(x)))
    if pos_weight is not None:
        lw = (pos_weight._data.astype(x.dtype) - tp(1)) * t + tp(1)
        loss = (tp(1) - t) * x - lw * log_sig
    else:
        loss = (tp(1) - t) * x - log_sig
    if weight is not None:
        loss = loss * weight._data
    loss = np.asarray(loss, x.dtype)
    with no_grad():
        out = _plain(_reduce(make(loss, input.dtype), reduction))
    numel = x.size

    def bwd(n, g):
        xi, ti = n.saved()
        gg = _reduce_grad(g, x.shape, reduction, numel, xi.dtype)
        sig = xi.sigmoid()
        if pos_weight is not None:
            pt = pos_weight * ti
            gi = ((pt + 1 - ti) * sig - pt) * gg
        else:
            gi = (sig - ti) * g
            if reduction == "mean" and numel:
                gi = gi / numel
        if weight is not None:
            gi = gi * weight
        gt = None
        if needs(n, 1):
            gt = -xi * gg
            if pos_weight is not None:
                gt = (-xi - (pos_weight - 1) * _log_sigmoid(xi)) * gg
            if weight is not None:
                gt = gt * weight
        return (gi if needs(n, 0) else None, gt)
    return record(out, _BCE_LOGITS, (input, target), bwd, (input, target))


def _log_sigmoid(x):
    return x.clamp_max(0) - (-x.abs()).exp().log1p()


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
             reduction="mean"):
    reduction = legacy_reduction(size_average, reduce, reduction)
    _check_reduction(reduction)
    if input._data.ndim == 2 and target._data.ndim > 1:
        raise RuntimeError("0D or 1D target tensor expected, multi-target not supported")
    if target.dtype not in (dtypes.int64, dtypes.uint8):
        raise RuntimeError(
            f"expected target dtype to be Long or Byte, but got {_type_word(target.dtype)}")
    x = input._data
    nd = x.ndim
    if nd < 1:
        raise ValueError(f"Expected 1 or more dimensions (got {nd})")
    n_classes = x.shape[0 if nd == 1 else 1]
    if weight is not None and weight._data.size != n_classes:
        raise RuntimeError(
            f"weight tensor should be defined either for all {n_classes} classes or no "
            f"classes but got weight tensor of shape: {list(weight._data.shape)}")
    if nd == 1:
        if target._data.size != 1 or target._data.ndim > 1:
            raise ValueError(f"Expected input batch_size (1) to match target batch_size "
                             f"({target._data.shape[0] if target._data.ndim else 1}).")
        xs = x.reshape(1, -1)
        ts = target._data.reshape(1)
    else:
        n = x.shape[0]
        if target._data.ndim == 0 or target._data.shape[0] != n:
            tn = target._data.shape[0] if target._data.ndim else 1
            raise ValueError(
                f"Expected input batch_size ({n}) to match target batch_size ({tn}).")
        if nd > 2 and target._data.shape != x.shape[:1] + x.shape[2:]:
            raise RuntimeError(f"Expected target size {list(x.shape[:1] + x.shape[2:])}, "
                               f"got {list(target._data.shape)}")
        # classes along dim 1: move to last and flatten the rest
        xs = np.moveaxis(x, 1, -1).reshape(-1, x.shape[1])
        ts = target._data.reshape(-1)
    C = xs.shape[1]
    tp = x.dtype.type
    w = weight._data.astype(x.dtype) if weight is not None else None
    rows = []
    wts = np.zeros(ts.shape, x.dtype)
    for i, c in enumerate(ts.tolist()):
        if c == ignore_index:
            continue
        if c < 0 or c >= C:
            raise IndexError(f"Target {c} is out of bounds.")
        rows.append(i)
        wts[i] = w[c] if w is not None else tp(1)
    vals = np.zeros(ts.shape, x.dtype)
    for i in rows:
        vals[i] = -(xs[i, ts[i]] * wts[i])
    if reduction == "none":
        res = vals.reshape(target._data.shape) if nd > 1 else vals.reshape(())
        total = None
    else:
        acc = tp(0)
        tw = tp(0)
        for i in rows:
            acc = tp(acc + vals[i])
            tw = tp(tw + wts[i])
        total = tw
        res = np.asarray(acc / tw if reduction == "mean" else acc, x.dtype)
    out = make(np.asarray(res, x.dtype), input.dtype)
    coef = np.zeros(xs.shape, x.dtype)
    hit = np.zeros(xs.shape, bool)   # the target entries; every other gradient entry is +0
    for i in rows:
        coef[i, ts[i]] = -wts[i]
        hit[i, ts[i]] = True
    if reduction == "mean":
        coef = np.asarray(coef / total, x.dtype)
    xshape = x.shape
    tshape = target._data.shape

    def bwd(n, g):
        c = make(coef, input.dtype)
        if reduction == "none":
            gg = g.reshape(-1, 1) if nd > 1 else g.reshape(1, 1)
        else:
            gg = g
        full = gg * c
        if not hit.all():   # PyTorch fills zeros, then writes the targets (no -0 from g = -0)
            from .ops_pointwise import where
            full = where(make(np.broadcast_to(hit, full._data.shape), dtypes.bool_), full, 0.0)
        if nd == 1:
            return (full.reshape(xshape),)
        moved = full.reshape(xshape[:1] + xshape[2:] + (xshape[1],))
        if nd > 2:
            perm = (0, nd - 1) + tuple(range(1, nd - 1))
            moved = moved.permute(perm)
        return (moved,)
    node = _NLL2D if nd == 4 else _NLL
    return record(out, node, (input,), bwd)


_DIV1 = node_class("DivBackward1")


def _div_scalar(t, n):
    """t / n for a Python number n, as ATen's div(Tensor, Scalar) (DivBackward1)."""
    out = make(np.asarray(t._data / t._data.dtype.type(n), t._data.dtype), t.dtype)
    return record(out, _DIV1, (t,), lambda nd, g: (g / n,))


def _type_word(dt):
    return {"float32": "Float", "float64": "Double", "float16": "Half", "int32": "Int",
            "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool",
            "int64": "Long"}.get(dt.name, dt.name)


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100,
                  reduce=None, reduction="mean", label_smoothing=0.0):
    reduction = legacy_reduction(size_average, reduce, reduction)
    _check_reduction(reduction)
    cdim = 0 if input._data.ndim == 1 else 1
    if target._data.shape == input._data.shape:  # class probabilities
        if not target.dtype.is_floating_point:
            raise RuntimeError(
                f"Expected floating point type for target with class probabilities, got "
                f"{_type_word(target.dtype)}")
        logp = log_softmax(input, cdim)
        C = input._data.shape[cdim]
        tgt = target
        if label_smoothing > 0:
            tgt = target * (1 - label_smoothing) + label_smoothing / C
        prod = logp * tgt
        if weight is not None:
            shape = [1] * input._data.ndim
            shape[cdim] = C
            prod = prod * weight.view(shape)
        if reduction == "none":
            return -prod.sum(cdim)
        total = -prod.sum()
        if reduction == "sum":
            return total
        n = input._data.size // C if input._data.size else 0
        return _div_scalar(total, n)
    logp = log_softmax(input, cdim)
    if label_smoothing > 0:
        nll = nll_loss(logp, target, weight, ignore_index=ignore_index, reduction=reduction)
        C = input._data.shape[cdim]
        smooth = -logp.sum(cdim) if weight is None else -(logp * weight).sum(cdim)
        if reduction == "mean":
            smooth = smooth.mean()
        elif reduction == "sum":
            smooth = smooth.sum()
        return nll * (1 - label_smoothing) + smooth * (label_smoothing / C)
    return nll_loss(logp, target, weight, ignore_index=ignore_index, reduction=reduction)


def cosine_similarity(x1, x2, dim=1, eps=1e-8):
    n1 = x1.norm(dim=dim, keepdim=True).clamp_min(eps)
    n2 = x2.norm(dim=dim, keepdim=True).clamp_min(eps)
    return ((x1 / n1) * (x2 / n2)).sum(dim)


def kl_div(input, target, size_average=None, reduce=None, reduction="mean",
           log_target=False):
    reduction = legacy_reduction(size_average, reduce, reduction)
    from .ops_pointwise import where
    if log_target:
        loss = target.exp() * (target - input)
    else:
        loss = where(target > 0, target * target.log(), 0.0) - target * input
    if reduction == "batchmean":
        return loss.sum() / (input._data.shape[0] if input._data.ndim else 1)
    return _reduce(loss, reduction)


# ---------------------------------------------------------------------------

NAMES = {
    "cosine_similarity": cosine_similarity, "kl_div": kl_div,
    "relu": relu, "relu6": relu6, "hardtanh": hardtanh, "leaky_relu": leaky_relu, "elu": elu,
    "gelu": gelu, "silu": silu, "softplus": softplus, "sigmoid": sigmoid, "tanh": tanh,
    "softmax": softmax, "log_softmax": log_softmax, "softmin": softmin,
    "normalize": normalize, "linear": linear, "dropout": dropout, "mse_loss": mse_loss,
    "l1_loss": l1_loss, "smooth_l1_loss": smooth_l1_loss, "huber_loss": huber_loss,
    "binary_cross_entropy": binary_cross_entropy,
    "binary_cross_entropy_with_logits": binary_cross_entropy_with_logits,
    "cross_entropy": cross_entropy, "nll_loss": nll_loss,
}


def one_hot(tensor, num_classes=-1):
    if tensor.dtype is not dtypes.int64:
        raise RuntimeError("one_hot is only applicable to index tensor of type LongTensor.")
    d = tensor._data
    if num_classes == -1:
        if d.size == 0:
            raise RuntimeError("Can not infer total number of classes from empty tensor.")
        num_classes = int(d.max()) + 1
    if d.size and int(d.min()) < 0:
        raise RuntimeError("Class values must be non-negative.")
    if d.size and int(d.max()) >= num_classes:
        raise RuntimeError("Class values must be smaller than num_classes.")
    return make((d[..., None] == np.arange(num_classes)).astype(np.int64), dtypes.int64)


NAMES["one_hot"] = one_hot

# torch.NAME functions for the shape/index/join ops that api._METHOD_FUNCTIONS does not list
_TORCH_FUNCS = ("split", "chunk", "repeat", "flip", "fliplr", "flipud", "roll", "movedim",
                "moveaxis", "diagonal", "diag", "tril", "triu", "gather", "scatter",
                "scatter_add", "index_select", "index_add", "masked_select", "expand_copy",
                "softmax", "log_softmax")


def extend(ns):
    """torch.nn.functional, and torch-level names of the shape/index/join ops."""
    nn = ns.setdefault("nn", {})
    nn.setdefault("functional", {}).update(NAMES)
    for name in _TORCH_FUNCS:
        if name not in ns and hasattr(Tensor, name):
            ns[name] = getattr(Tensor, name)
