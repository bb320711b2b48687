"""Elementwise operations: arithmetic, math functions, comparisons.

Each differentiable op is one table entry: the NumPy forward, PyTorch's pinned grad_fn
name, what it saves, and its backward formula written with Tensor operations (so that
`create_graph=True` differentiates the backward pass too). Broadcast reduction and dtype
casting of gradients happen once, in the engine.
"""
from __future__ import annotations

import math

import numpy as np

from . import dtypes
from .autograd import is_grad_enabled, node_class
from .dispatch import (as_tensor_operand, check_broadcast, data_as, inplace, is_scalar,
                       result_dtype)
from .tensor import Tensor, _cpp_type, make, needs, record, tensor_method

# ---------------------------------------------------------------------------
# Binary arithmetic


class Binary:
    __slots__ = ("fwd", "node", "bwd", "save", "to_float", "name", "scalar_node",
                 "scalar_bwd")

    def __init__(self, name, fwd, node, bwd, save=True, to_float=False, scalar_node=None,
                 scalar_bwd=None):
        self.name = name
        self.fwd = fwd
        self.node = node_class(node) if node else None
        self.bwd = bwd
        self.save = save
        self.to_float = to_float
        # ops whose Python-scalar second operand is not an input of the node at all
        self.scalar_node = node_class(scalar_node) if scalar_node else None
        self.scalar_bwd = scalar_bwd


_HALF = dtypes.float16
_REDUCED_OPMATH = frozenset({"mul", "div"})

#: Operand types the arithmetic methods hand straight to `binary` (its fast paths).
_FAST_OPERANDS = frozenset({Tensor, float, int})


def binary(spec, a, b):
    # Fast paths (the common case in tutorial loops): a float tensor with a tensor of the
    # same dtype, or with a Python int/float scalar. Same results as the general path.
    if type(a) is Tensor:
        rt = a.dtype
        tb = type(b)
        if rt.category == 2:
            if (tb is float or tb is int) and not rt.reduced:
                out = make(spec.fwd(a._data, rt.np.type(b)), rt)
                if spec.node is None:
                    return out
                if spec.scalar_node is not None:
                    return record(out, spec.scalar_node, (a,), spec.scalar_bwd,
                                  (a, b) if spec.save else None)
                return record(out, spec.node, (a, None), spec.bwd, _saved(spec, a, b))
            if tb is Tensor and b.dtype is rt:
                ad = a._data
                bd = b._data
                if ad.shape != bd.shape:
                    check_broadcast(a, b)
                out = make(spec.fwd(ad, bd), rt)
                if spec.node is None:
                    return out
                return record(out, spec.node, (a, b), spec.bwd, _saved(spec, a, b))
    return _binary_general(spec, a, b)


def _saved(spec, a, b):
    """What a binary node keeps for backward. As in PyTorch, mul keeps each operand only
    when the other one needs a gradient, and div keeps the dividend only for the divisor's
    gradient, so an in-place change of an operand that backward never reads is no error."""
    if not spec.save:
        return None
    if spec.name == "mul":
        return (a if isinstance(b, Tensor) and b._requires_grad else None,
                b if isinstance(a, Tensor) and a._requires_grad else None)
    if spec.name == "div":
        return (a if isinstance(b, Tensor) and b._requires_grad else None, b)
    return (a, b)


def _is_bool(x):
    return x.dtype is dtypes.bool_ if isinstance(x, Tensor) else isinstance(x, bool)


def _check_bool_sub(a, b):
    """PyTorch refuses subtraction with a bool operand (tensor or Python bool)."""
    ab, bb = _is_bool(a), _is_bool(b)
    if ab and bb:
        raise RuntimeError("Subtraction, the `-` operator, with two bool tensors is not "
                           "supported. Use the `^` or `logical_xor()` operator instead.")
    if ab or bb:
        raise RuntimeError("Subtraction, the `-` operator, with a bool tensor is not "
                           "supported. If you are trying to invert a mask, use the `~` or "
                           "`logical_not()` operator instead.")


def _binary_general(spec, a, b):
    rt = result_dtype(a, b)
    if spec.name in ("sub", "rsub"):
        _check_bool_sub(a, b)
    if spec.to_float and rt.category < 2:
        rt = dtypes.default_float()
    ad = data_as(a, rt)
    bd = data_as(b, rt)
    ta = a if isinstance(a, Tensor) else None
    tb = b if isinstance(b, Tensor) else None
    if ta is not None and tb is not None and ad.shape != bd.shape:
        check_broadcast(a, b)
    if rt.reduced and (ta is None or tb is None or ad.ndim == 0 or bd.ndim == 0):
        # float16 / bfloat16 with a number (Python scalar or 0-d tensor): PyTorch's mul
        # and div compute in float32 with the number's own value; the other ops first
        # cast the number to the tensor's dtype. The result is rounded once.
        if spec.name in _REDUCED_OPMATH:
            ad = np.float32(a) if ta is None else a._data.astype(np.float32)
            bd = np.float32(b) if tb is None else b._data.astype(np.float32)
        elif rt is not _HALF:
            ad = dtypes.round_bfloat16(ad)
            bd = dtypes.round_bfloat16(bd)
        out = make(np.asarray(spec.fwd(ad, bd)).astype(rt.np), rt)
    else:
        out = make(spec.fwd(ad, bd), rt)
    if spec.node is None or rt.category < 2:
        return out
    if tb is None and spec.scalar_node is not None:
        return record(out, spec.scalar_node, (ta,), spec.scalar_bwd,
                      (a, b) if spec.save else None)
    return record(out, spec.node, (ta, tb), spec.bwd, _saved(spec, a, b))


def _add_bwd(node, g):
    alpha = node._ctx
    gb = None
    if needs(node, 1):
        gb = g if alpha is None else g * alpha
    return g, gb


def _sub_bwd(node, g):
    alpha = node._ctx
    gb = None
    if needs(node, 1):
        gb = -g if alpha is None else -(g * alpha)
    return g, gb


def _mul_bwd(node, g):
    a, b = node.saved()
    return (g * b if needs(node, 0) else None, g * a if needs(node, 1) else None)


def _div_bwd(node, g):
    a, b = node.saved()
    ga = g / b if needs(node, 0) else None
    gb = -g * ((a / b) / b) if needs(node, 1) else None
    return ga, gb


def _pow_bwd(node, g):
    a, b = node.saved()
    ga = gb = None
    if needs(node, 0):
        if is_scalar(b):
            ga = g * 0.0 if b == 0 else g * (b * a.pow(b - 1))
        else:
            ga = g * (b * a.pow(b - 1))
    if needs(node, 1):
        res = a ** b
        gb = g * where(a.eq(0) & b.ge(0), 0.0, res * a.log())
    return ga, gb


def _pow_scalar_bwd(node, g):
    a, b = node.saved()
    if b == 0:
        return _zero_grad(node, g)
    return (g * (b * a.pow(b - 1)),)


def _rpow_bwd(node, g):
    base, exp_ = node.saved()  # base is the Python scalar, exp_ the tensor
    if base == 0:
        return (g * 0.0,)
    res = base ** exp_
    return (g * (res * math.log(base)),)


def _identity_bwd(node, g):
    return (g,)


def _remainder_bwd(node, g):
    a, b = node.saved()
    gb = None
    if needs(node, 1):
        gb = -g * (a / b).floor()
    return g, gb


def _atan2_bwd(node, g):
    a, b = node.saved()
    recip = 1 / (a * a + b * b)
    return (g * (b * recip) if needs(node, 0) else None,
            g * (-a * recip) if needs(node, 1) else None)


def _maxmin_bwd(node, g):
    a, b = node.saved()
    is_max = node._ctx
    # PyTorch: where(a == b, g / 2, g).masked_fill_(loser, 0) -- keeps the sign of a -0
    # grad and gives NaN positions the full grad on both sides
    split = where(a.eq(b), g / 2, g)
    a_loses = (a < b) if is_max else (a > b)
    b_loses = (a > b) if is_max else (a < b)
    ga = where(a_loses, 0.0, split) if needs(node, 0) else None
    gb = where(b_loses, 0.0, split) if needs(node, 1) else None
    return ga, gb


def _hypot_bwd(node, g):
    a, b = node.saved()
    res = hypot(a, b)
    return (g * a / res if needs(node, 0) else None, g * b / res if needs(node, 1) else None)


def _logaddexp_bwd(node, g):
    a, b = node.saved()
    res = logaddexp(a, b)
    return (g / (1 + (b - a).exp()) if needs(node, 0) else None,
            g / (1 + (a - b).exp()) if needs(node, 1) else None)


def _floor_divide(x, y):
    if x.dtype.kind in "iub":
        if np.any(np.asarray(y) == 0):
            raise RuntimeError("ZeroDivisionError")
        return np.floor_divide(x, y)
    # PyTorch's float floor division (sign of zero included)
    x, y = np.broadcast_arrays(np.asarray(x), np.asarray(y))
    mod = np.fmod(x, y)
    div = (x - mod) / y
    div = np.where((mod != 0) & ((y < 0) != (mod < 0)), div - 1, div)
    fl = np.floor(div)
    fl = np.where(div - fl > 0.5, fl + 1, fl)
    res = np.where(div != 0, fl, np.copysign(np.zeros((), x.dtype), x / y))
    return np.asarray(np.where(y == 0, x / y, res), x.dtype)


def _sign(d):
    """PyTorch's sign: 0 for nan (NumPy gives nan)."""
    s = np.sign(d)
    if d.dtype.kind == "f":
        s = np.where(np.isnan(s), d.dtype.type(0), s)
    return s


def _fmod(x, y):
    if x.dtype.kind in "iub" and np.any(np.asarray(y) == 0):
        raise RuntimeError("ZeroDivisionError")
    return np.fmod(x, y)


def _remainder(x, y):
    if x.dtype.kind in "iub":
        if np.any(np.asarray(y) == 0):
            raise RuntimeError("ZeroDivisionError")
        return np.remainder(x, y)
    mod = np.fmod(x, y)
    return np.asarray(np.where((mod != 0) & ((np.asarray(y) < 0) != (mod < 0)), mod + y, mod),
                      np.result_type(x, y))


def _nondiff_bwd(node, g):
    raise RuntimeError(f"the derivative for '{node._ctx or 'floor_divide'}' is not "
                       "implemented.")


ADD = Binary("add", np.add, "AddBackward0", _add_bwd, save=False)
SUB = Binary("sub", np.subtract, "SubBackward0", _sub_bwd, save=False)
MUL = Binary("mul", np.multiply, "MulBackward0", _mul_bwd)
DIV = Binary("div", np.divide, "DivBackward0", _div_bwd, to_float=True)
POW = Binary("pow", np.power, "PowBackward0", _pow_bwd, scalar_node="PowBackward0",
             scalar_bwd=_pow_scalar_bwd)
POW_T = Binary("pow", np.power, "PowBackward1", _pow_bwd)
FLOORDIV = Binary("floor_divide", _floor_divide, "NotImplemented", _nondiff_bwd, save=False,
                  scalar_node="NotImplemented", scalar_bwd=_nondiff_bwd)
REMAINDER = Binary("remainder", _remainder, "RemainderBackward1", _remainder_bwd,
                   scalar_node="RemainderBackward0", scalar_bwd=_identity_bwd, save=True)
def _fmod_bwd(node, g):
    a, b = node.saved()
    gb = None
    if needs(node, 1):
        gb = -g * (a / b).trunc()
    return g, gb


FMOD = Binary("fmod", _fmod, "FmodBackward1", _fmod_bwd, scalar_node="FmodBackward0",
              scalar_bwd=_identity_bwd)
ATAN2 = Binary("atan2", np.arctan2, "Atan2Backward0", _atan2_bwd, to_float=True)
MAXIMUM = Binary("maximum", np.maximum, "MaximumBackward0", _maxmin_bwd)
MINIMUM = Binary("minimum", np.minimum, "MinimumBackward0", _maxmin_bwd)
HYPOT = Binary("hypot", np.hypot, "HypotBackward0", _hypot_bwd, to_float=True)
LOGADDEXP = Binary("logaddexp", np.logaddexp, "LogaddexpBackward0", _logaddexp_bwd,
                   to_float=True)


def _add_like(spec, a, b, alpha):
    """a + b*alpha / a - b*alpha: one node whose backward applies alpha (ctx)."""
    if alpha is None and type(b) in _FAST_OPERANDS:
        return binary(spec, a, b)
    if not (isinstance(b, Tensor) or is_scalar(b)):
        return NotImplemented
    if alpha is None or alpha == 1:
        return binary(spec, a, b)
    rt = result_dtype(a, b)
    tb = b if isinstance(b, Tensor) else None
    if tb is not None:
        check_broadcast(a, b)
    out = make(spec.fwd(data_as(a, rt), data_as(b, rt) * data_as(alpha, rt)), rt)
    if rt.category < 2:
        return out
    return record(out, spec.node, (a, tb), spec.bwd, None, ctx=alpha)


@tensor_method("add", "__add__")
def add(self, other, *, alpha=None):
    return _add_like(ADD, self, other, alpha)


@tensor_method("__radd__")
def _radd(self, other):
    if not is_scalar(other):
        return NotImplemented
    return binary(ADD, self, other)


@tensor_method("sub", "subtract", "__sub__")
def sub(self, other, *, alpha=None):
    return _add_like(SUB, self, other, alpha)


_RSUB1 = node_class("RsubBackward1")


def _rsub1_bwd(node, g):
    return (-g,)


@tensor_method("__rsub__")
def _rsub(self, other):
    if not is_scalar(other):
        return NotImplemented
    _check_bool_sub(other, self)
    rt = result_dtype(self, other)
    out = make(np.subtract(data_as(other, rt), data_as(self, rt)), rt)
    if rt.category < 2:
        return out
    return record(out, _RSUB1, (self,), _rsub1_bwd)


def _rsub0_bwd(node, g):
    return (-g if needs(node, 0) else None, g if needs(node, 1) else None)


RSUB = Binary("rsub", lambda x, y: np.subtract(y, x), "RsubBackward0", _rsub0_bwd,
              save=False)


def rsub(a, b, alpha=1):
    """torch.rsub(a, b) = b - a: one RsubBackward0 node with inputs (a, b)."""
    if isinstance(b, Tensor):
        return binary(RSUB, a, b)
    return _rsub(a, b)


@tensor_method("mul", "multiply", "__mul__", "__rmul__")
def mul(self, other):
    if type(other) in _FAST_OPERANDS:
        return binary(MUL, self, other)
    if not (isinstance(other, Tensor) or is_scalar(other)):
        return NotImplemented
    return binary(MUL, self, other)


@tensor_method("div", "divide", "true_divide", "__truediv__")
def div(self, other, *, rounding_mode=None):
    if rounding_mode is None and type(other) in _FAST_OPERANDS:
        return binary(DIV, self, other)
    if not (isinstance(other, Tensor) or is_scalar(other)):
        return NotImplemented
    if rounding_mode in ("floor", "trunc"):
        rt = result_dtype(self, other)
        a, b = data_as(self, rt), data_as(other, rt)
        if rounding_mode == "floor":
            d = _floor_divide(a, b)
        elif rt.category < 2:
            if np.any(np.asarray(b) == 0):
                raise RuntimeError("ZeroDivisionError")
            d = np.trunc(np.true_divide(a, b)).astype(rt.np)
        else:
            d = np.trunc(a / b)
        out = make(np.asarray(d, rt.np), rt)
        if rt.category < 2:
            return out
        tb = other if isinstance(other, Tensor) else None
        return record(out, _DIV2, (self, tb) if tb is not None else (self,),
                      _div2_bwd, None)
    if rounding_mode is not None:
        raise RuntimeError(
            "div expected rounding_mode to be one of None, 'trunc', or 'floor' but found "
            f"'{rounding_mode}'")
    return binary(DIV, self, other)


_DIV2 = node_class("DivBackward2")


def _div2_bwd(node, g):
    z = make(np.zeros(g._data.shape, g.dtype.np), g.dtype)
    return tuple(z if needs(node, i) else None for i in range(len(node.next_functions)))


@tensor_method("__rtruediv__")
def _rtruediv(self, other):
    if not is_scalar(other):
        return NotImplemented
    # PyTorch computes `s / x` as `x.reciprocal() * s`.
    return mul(reciprocal(self), other)


@tensor_method("pow", "__pow__")
def pow(self, exponent):
    if isinstance(exponent, Tensor):
        return binary(POW_T, self, exponent)
    if not is_scalar(exponent):
        return NotImplemented
    if self.dtype.category < 2 and isinstance(exponent, int) and exponent < 0:
        raise RuntimeError("Integers to negative integer powers are not allowed.")
    if (type(exponent) in (int, float) and exponent in _POW_SPECIAL
            and (self.dtype is dtypes.float32 or self.dtype is dtypes.float64)):
        out = make(_pow_special(self._data, exponent), self.dtype)
        return record(out, POW.scalar_node, (self,), POW.scalar_bwd, (self, exponent))
    return binary(POW, self, exponent)


#: exponents PyTorch's CPU kernel computes with plain arithmetic instead of pow()
_POW_SPECIAL = frozenset({2, 3, -1, -2, -0.5, 0.5})


def _pow_special(d, exponent):
    """x*x, x*x*x, 1/x, 1/(x*x), 1/sqrt(x), sqrt(x), each step rounded in x's dtype, as
    PyTorch computes these powers (float32 sqrt comes from MKL there: not reproducible,
    the correctly rounded sqrt is used)."""
    one = d.dtype.type(1)
    with np.errstate(all="ignore"):
        if exponent == 2:
            return d * d
        if exponent == 3:
            return d * d * d
        if exponent == -1:
            return one / d
        if exponent == -2:
            return one / (d * d)
        if exponent == -0.5:
            return one / np.sqrt(d)
        return np.sqrt(d)


_POW2 = node_class("PowBackward2")


@tensor_method("__rpow__")
def _rpow(self, base):
    if not is_scalar(base):
        return NotImplemented
    rt = result_dtype(self, base)
    out = make(np.power(data_as(base, rt), data_as(self, rt)), rt)
    if rt.category < 2:
        return out
    return record(out, _POW2, (self,), _rpow_bwd, (base, self))


def pow_fn(a, b):
    if isinstance(a, Tensor):
        return pow(a, b)
    return _rpow(b, a)


@tensor_method("floor_divide", "__floordiv__")
def floor_divide(self, other):
    if not isinstance(self, Tensor):  # torch.floor_divide(2, x)
        return _rfloordiv(other, self)
    if not (isinstance(other, Tensor) or is_scalar(other)):
        return NotImplemented
    out = binary(FLOORDIV, self, other)
    if out.grad_fn is not None:
        out.grad_fn._ctx = "floor_divide"
    return out


@tensor_method("__rfloordiv__")
def _rfloordiv(self, other):
    if not is_scalar(other):
        return NotImplemented
    return _scalar_lhs(FLOORDIV, other, self, "floor_divide")


_NOT_IMPL = node_class("NotImplemented")


def _scalar_lhs(spec, scalar, t, name):
    """`scalar OP tensor` for ops whose reversed form has no derivative in PyTorch."""
    rt = result_dtype(t, scalar)
    out = make(spec.fwd(data_as(scalar, rt), data_as(t, rt)), rt)
    if rt.category < 2:
        return out
    return record(out, _NOT_IMPL, (t,), _nondiff_bwd, None, ctx=name)


@tensor_method("remainder", "__mod__")
def remainder(self, other):
    if not isinstance(self, Tensor):  # torch.remainder(2, x)
        return _rmod(other, self)
    if not (isinstance(other, Tensor) or is_scalar(other)):
        return NotImplemented
    return binary(REMAINDER, self, other)


@tensor_method("__rmod__")
def _rmod(self, other):
    if not is_scalar(other):
        return NotImplemented
    return _scalar_lhs(REMAINDER, other, self, "remainder")


@tensor_method("fmod")
def fmod(self, other):
    return binary(FMOD, self, other)


@tensor_method("atan2", "arctan2")
def atan2(self, other):
    return binary(ATAN2, self, other)


@tensor_method("maximum")
def maximum(self, other):
    out = binary(MAXIMUM, self, other)
    if out.grad_fn is not None:
        out.grad_fn._ctx = True
    return out


@tensor_method("minimum")
def minimum(self, other):
    out = binary(MINIMUM, self, other)
    if out.grad_fn is not None:
        out.grad_fn._ctx = False
    return out


@tensor_method("hypot")
def hypot(self, other):
    return binary(HYPOT, self, other)


@tensor_method("logaddexp")
def logaddexp(self, other):
    return binary(LOGADDEXP, self, other)


# ---------------------------------------------------------------------------
# Unary math


class Unary:
    __slots__ = ("fwd", "node", "bwd", "save", "to_float", "exact32", "wide32")

    def __init__(self, fwd, node, bwd, save, to_float=True, exact32=False, wide32=None):
        self.fwd = fwd
        self.node = node_class(node) if node else None
        self.bwd = bwd
        self.save = save  # "in", "out" or None
        self.to_float = to_float
        self.exact32 = exact32  # fwd reproduces PyTorch's float32 kernel bit for bit
        self.wide32 = wide32  # float32 -> float32, equal to fwd in double rounded once


#: Largest float32 tensor whose math functions are evaluated in double precision.
WIDE_MATH_LIMIT = 1 << 20


def unary(spec, x):
    dt = x.dtype
    d = x._data
    if spec.to_float and dt.category < 2:
        dt = dtypes.default_float()
        d = d.astype(dt.np)
    if (d.dtype == np.float32 and spec.to_float and not spec.exact32
            and d.size <= WIDE_MATH_LIMIT):
        # float32 math functions: evaluate in double and round once. PyTorch's CPU build
        # uses MKL's vector math, which this matches on 96-99.98 % of inputs (NumPy's
        # float32 kernels on 60-67 %). Past WIDE_MATH_LIMIT elements NumPy's float32 kernels
        # are used: five times faster, and at that size an element-for-element match of
        # every value with MKL is out of reach by either route.
        wide = spec.wide32
        out = make(wide(d) if wide is not None
                   else np.asarray(spec.fwd(d.astype(np.float64)), np.float32), dt)
    elif d.dtype == np.float16 and spec.to_float and spec is not UNARY["rsqrt"]:
        # half math runs in float32 and is rounded once (PyTorch's op-math type)
        out = make(np.asarray(spec.fwd(d.astype(np.float32))).astype(np.float16), dt)
    else:
        r = spec.fwd(d)
        if dt.category == 3 and r.dtype.kind == "f":  # abs of a complex tensor is real
            dt = dtypes.from_numpy(r.dtype)
        out = make(r, dt)
    if spec.node is None or dt.category < 2:
        return out
    save = spec.save
    saved = (x,) if save == "in" else (out,) if save == "out" else None
    return record(out, spec.node, (x,), spec.bwd, saved)


def _negate(d):
    if d.dtype == np.bool_:
        raise RuntimeError(
            "Negation, the `-` operator, on a bool tensor is not supported. If you are trying "
            "to invert a mask, use the `~` or `logical_not()` operator instead.")
    return np.negative(d)


def _zero_grad(node, g):
    # PyTorch returns zeros_like(grad): +0 everywhere, never -0
    return (make(np.zeros(g._data.shape, g.dtype.np), g.dtype),)


def _s(node):
    return node.saved()[0]


LN2 = math.log(2.0)
LN10 = math.log(10.0)

UNARY = {
    "neg": Unary(lambda d: _negate(d), "NegBackward0", lambda n, g: (-g,), None,
                 to_float=False),
    "exp": Unary(np.exp, "ExpBackward0", lambda n, g: (g * _s(n),), "out"),
    "exp2": Unary(lambda d: _exp2(d), "Exp2Backward0", lambda n, g: (g * (_s(n) * LN2),), "out",
                  exact32=True),
    "expm1": Unary(np.expm1, "Expm1Backward0", lambda n, g: (g * (_s(n) + 1),), "out"),
    "log": Unary(np.log, "LogBackward0", lambda n, g: (g / _s(n),), "in"),
    "log2": Unary(np.log2, "Log2Backward0", lambda n, g: (g / (_s(n) * LN2),), "in"),
    "log10": Unary(np.log10, "Log10Backward0", lambda n, g: (g / (_s(n) * LN10),), "in"),
    "log1p": Unary(np.log1p, "Log1PBackward0", lambda n, g: (g / (_s(n) + 1),), "in"),
    "sqrt": Unary(np.sqrt, "SqrtBackward0", lambda n, g: (g / (2 * _s(n)),), "out"),
    "rsqrt": Unary(lambda d: _rsqrt(d), "RsqrtBackward0",
                   lambda n, g: (-0.5 * g * _s(n).pow(3),), "out", exact32=True),
    "sin": Unary(np.sin, "SinBackward0", lambda n, g: (g * _s(n).cos(),), "in"),
    "cos": Unary(np.cos, "CosBackward0", lambda n, g: (g * -_s(n).sin(),), "in"),
    "tan": Unary(np.tan, "TanBackward0", lambda n, g: (g * (1 + _s(n).pow(2)),), "out"),
    "asin": Unary(np.arcsin, "AsinBackward0",
                  lambda n, g: (g * (-_s(n) * _s(n) + 1).rsqrt(),), "in"),
    "acos": Unary(np.arccos, "AcosBackward0",
                  lambda n, g: (g * -(-_s(n) * _s(n) + 1).rsqrt(),), "in"),
    "atan": Unary(np.arctan, "AtanBackward0", lambda n, g: (g / (_s(n) * _s(n) + 1),), "in"),
    "sinh": Unary(np.sinh, "SinhBackward0", lambda n, g: (g * _s(n).cosh(),), "in"),
    "cosh": Unary(np.cosh, "CoshBackward0", lambda n, g: (g * _s(n).sinh(),), "in"),
    "tanh": Unary(np.tanh, "TanhBackward0", lambda n, g: (tanh_backward(g, _s(n)),), "out",
                  wide32=lambda d: _tanh_rounded(d)),
    "asinh": Unary(np.arcsinh, "AsinhBackward0",
                   lambda n, g: (g * (_s(n).pow(2) + 1).rsqrt(),), "in"),
    "acosh": Unary(np.arccosh, "AcoshBackward0",
                   lambda n, g: (g * (_s(n).pow(2) - 1).rsqrt(),), "in"),
    "atanh": Unary(np.arctanh, "AtanhBackward0",
                   lambda n, g: (g * 1 / (1 - _s(n).pow(2)),), "in"),
    "sigmoid": Unary(lambda d: _sigmoid(d), "SigmoidBackward0",
                     lambda n, g: (g * (1 - _s(n)) * _s(n),), "out", exact32=True),
    "abs": Unary(np.abs, "AbsBackward0", lambda n, g: (g * _s(n).sgn(),), "in",
                 to_float=False),
    "reciprocal": Unary(lambda d: np.divide(1, d, dtype=d.dtype), "ReciprocalBackward0",
                        lambda n, g: (-g * (_s(n) * _s(n)),), "out"),
    "floor": Unary(np.floor, "FloorBackward0", _zero_grad, None, to_float=False),
    "ceil": Unary(np.ceil, "CeilBackward0", _zero_grad, None, to_float=False),
    "round": Unary(np.round, "RoundBackward0", _zero_grad, None, to_float=False),
    "trunc": Unary(np.trunc, "TruncBackward0", _zero_grad, None, to_float=False),
    "sign": Unary(lambda d: _sign(d), "SignBackward0", _zero_grad, None, to_float=False),
    "sgn": Unary(lambda d: _sign(d), "SgnBackward0", _zero_grad, None, to_float=False),
    "frac": Unary(lambda d: d - np.trunc(d), "FracBackward0", lambda n, g: (g,), None,
                  to_float=False),
    "erf": Unary(lambda d: _erf(d), "ErfBackward0",
                 lambda n, g: (g * (2 / math.sqrt(math.pi)) * (-_s(n).pow(2)).exp(),), "in"),
    "erfc": Unary(lambda d: _erfc(d), "ErfcBackward0",
                  lambda n, g: (g * (-2 / math.sqrt(math.pi)) * (-_s(n).pow(2)).exp(),), "in"),
    "deg2rad": Unary(lambda d: d * d.dtype.type(math.pi / 180), "Deg2RadBackward0",
                     lambda n, g: (g * (math.pi / 180),), None),
    "rad2deg": Unary(lambda d: d * d.dtype.type(180 / math.pi), "Rad2DegBackward0",
                     lambda n, g: (g * (180 / math.pi),), None),
    "relu": Unary(lambda d: np.where(d < 0, np.zeros((), d.dtype), d), "ReluBackward0",
                  lambda n, g: (where(_s(n) > 0, g, 0.0),), "out", to_float=False),
}


_TANH_BB = node_class("TanhBackwardBackward0")


def tanh_backward(g, y):
    """grad * (1 - y*y) as PyTorch's kernel computes it: `1 - y*y` with one rounding (a
    fused multiply-add), then the product. Differentiable, for higher-order gradients."""
    rt = result_dtype(g, y)
    out = make(tanh_backward_data(g._data.astype(rt.np, copy=False), y._data, rt), rt)

    def bwd(node, gg):
        g_, y_ = node.saved()
        return (tanh_backward(gg, y_) if needs(node, 0) else None,
                gg * (-2 * y_ * g_) if needs(node, 1) else None)
    return record(out, _TANH_BB, (g, y), bwd, (g, y))


def tanh_backward_data(gd, yd, rt):
    """The array of tanh_backward: gd (already in dtype rt) times 1 - yd*yd."""
    if rt is dtypes.float64:  # 1 - y*y as one fused multiply-add, like PyTorch's kernel
        from .random_math import fma64
        return np.multiply(gd, fma64(-yd, yd, 1.0))
    yd = yd.astype(np.float64)  # y*y is exact in double for a float32 y
    np.multiply(yd, yd, out=yd)
    np.subtract(1.0, yd, out=yd)
    one_minus = yd.astype(rt.np) if rt is dtypes.float32 else yd
    if one_minus.dtype == rt.np and gd.shape == one_minus.shape:
        return np.multiply(gd, one_minus, out=one_minus)
    return np.asarray(gd * one_minus, rt.np)


def _torch_exact(name, fallback):
    """float32 kernels reproduced bit for bit (module vecmath): PyTorch's vector path for
    whole 16-element groups and its scalar path for the tail depend on the memory layout."""
    def fn(d):
        if d.dtype != np.float32:
            return fallback(d)
        from . import vecmath
        exact = vecmath.FUNCS[name]
        if d.flags.c_contiguous:
            return exact(d)
        if name in vecmath.POSITION_DEPENDENT:
            return exact(np.ascontiguousarray(d), run=1)
        return exact(np.ascontiguousarray(d))
    return fn


def _sigmoid_np(d):
    one = d.dtype.type(1)
    return one / (one + np.exp(-d))


def _tanh_rounded(d):
    from . import vecmath  # imported on first use: its tables cost start-up time
    return vecmath.tanh_rounded(d)


_sigmoid = _torch_exact("sigmoid", _sigmoid_np)
_exp2 = _torch_exact("exp2", np.exp2)
_rsqrt = _torch_exact("rsqrt", lambda d: 1 / np.sqrt(d))


def _erfc(d):
    flat = d.reshape(-1)
    out = np.fromiter((math.erfc(float(v)) for v in flat), dtype=np.float64, count=flat.size)
    return out.astype(d.dtype).reshape(d.shape)


def _erf(d):
    flat = d.reshape(-1)
    out = np.fromiter((math.erf(float(v)) for v in flat), dtype=np.float64, count=flat.size)
    return out.astype(d.dtype).reshape(d.shape)


def _make_unary(name, spec):
    def op(self):
        return unary(spec, self)

    def op_(self):
        return inplace(self, op)

    op.__name__ = op.__qualname__ = name
    op_.__name__ = op_.__qualname__ = name + "_"
    tensor_method(name)(op)
    tensor_method(name + "_")(op_)
    return op


UNARY_FNS = {name: _make_unary(name, spec) for name, spec in UNARY.items()}
Tensor.__neg__ = UNARY_FNS["neg"]
Tensor.__abs__ = UNARY_FNS["abs"]
tensor_method("negative")(UNARY_FNS["neg"])
tensor_method("absolute")(UNARY_FNS["abs"])
tensor_method("arcsin")(UNARY_FNS["asin"])
tensor_method("arccos")(UNARY_FNS["acos"])
tensor_method("arctan")(UNARY_FNS["atan"])
tensor_method("fix")(UNARY_FNS["trunc"])
reciprocal = UNARY_FNS["reciprocal"]


@tensor_method("__pos__", "positive")
def positive(self):
    return self


@tensor_method("square")
def square(self):
    return pow(self, 2)


@tensor_method("round")
def round_(self, decimals=0):
    if decimals == 0:
        return unary(UNARY["round"], self)
    s = 10.0 ** decimals
    out = make(np.round(self._data, decimals).astype(self._data.dtype), self.dtype)
    return record(out, node_class("RoundBackward1"), (self,), _zero_grad)


# ---------------------------------------------------------------------------
# clamp, where, lerp

_CLAMP1 = node_class("ClampBackward1")
_CLAMP0 = node_class("ClampBackward0")
_CLAMPMIN = node_class("ClampMinBackward0")
_CLAMPMAX = node_class("ClampMaxBackward0")


def _clamp_bwd(node, g):
    x, lo, hi = node.saved()
    mask = None
    if lo is not None:
        mask = x >= lo
    if hi is not None:
        m = x <= hi
        mask = m if mask is None else mask & m
    res = [where(mask, g, 0.0)]
    return tuple(res) + (None,) * (len(node.next_functions) - 1)


@tensor_method("clamp", "clip")
def clamp(self, min=None, max=None):
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    d = self._data
    tensor_bounds = isinstance(min, Tensor) or isinstance(max, Tensor)
    # PyTorch promotes: an integer tensor clamped to float bounds gives floats
    rt = result_dtype(self, *[b for b in (min, max) if b is not None])
    if rt.category < self.dtype.category:
        rt = self.dtype
    out = d.astype(rt.np) if rt is not self.dtype else d
    if min is not None:
        lo = data_as(min, rt)
        # a scalar bound keeps -0 and NaN as PyTorch's kernel does (x < lo ? lo : x)
        out = np.maximum(out, lo) if tensor_bounds else np.where(out < lo, lo, out)
        if isinstance(min, float) and self.dtype.category == 2:
            out = np.where(np.isnan(d), d, out)
    if max is not None:
        hi = data_as(max, rt)
        out = np.minimum(out, hi) if tensor_bounds else np.where(out > hi, hi, out)
    res = make(np.asarray(out, rt.np), rt)
    if rt.category < 2:
        return res
    if tensor_bounds:
        lo = min if isinstance(min, Tensor) else None
        hi = max if isinstance(max, Tensor) else None
        return record(res, _CLAMP0, (self, lo, hi), _clamp_tensor_bwd, (self, min, max))
    cls = _CLAMP1
    return record(res, cls, (self,), _clamp_bwd, (self, min, max))


def _clamp_tensor_bwd(node, g):
    x, lo, hi = node.saved()
    gx = _clamp_bwd(node, g)[0]
    glo = ghi = None
    if needs(node, 1):
        glo = where(x < lo, g, 0.0)
    if needs(node, 2):
        ghi = where(x > hi, g, 0.0)
    return gx, glo, ghi


@tensor_method("clamp_", "clip_")
def clamp_(self, min=None, max=None):
    rt = result_dtype(self, *[b for b in (min, max) if b is not None])
    if rt.category > self.dtype.category:   # this check names the C++ type
        from .tensor import _cpp_type
        raise RuntimeError(f"result type {rt.short_name} can't be cast to the desired output "
                           f"type {_cpp_type(self.dtype)}")
    return inplace(self, clamp, min, max)


def _clamp_one_bwd(node, g):
    x, bound = node.saved()
    is_min = node._ctx
    keep = (x >= bound) if is_min else (x <= bound)
    gx = where(keep, g, 0.0) if needs(node, 0) else None
    if len(node.next_functions) == 1:
        return (gx,)
    gb = where(keep, 0.0, g) if needs(node, 1) else None
    return gx, gb


def _clamp_one(self, bound, is_min):
    if isinstance(bound, Tensor):
        names = ("ClampMinBackward1", "ClampMaxBackward1")
        res = clamp(self, min=bound) if is_min else clamp(self, max=bound)
        res.grad_fn = None
        res._requires_grad = False
        return record(res, node_class(names[0] if is_min else names[1]), (self, bound),
                      _clamp_one_bwd, (self, bound), ctx=is_min)
    res = clamp(self, min=bound) if is_min else clamp(self, max=bound)
    if res.grad_fn is None:
        return res
    res.grad_fn = None
    res._requires_grad = False
    return record(res, _CLAMPMIN if is_min else _CLAMPMAX, (self,), _clamp_one_bwd,
                  (self, bound), ctx=is_min)


@tensor_method("clamp_min")
def clamp_min(self, min):
    return _clamp_one(self, min, True)


@tensor_method("clamp_max")
def clamp_max(self, max):
    return _clamp_one(self, max, False)


@tensor_method("clamp_min_")
def clamp_min_(self, min):
    return inplace(self, clamp_min, min)


@tensor_method("clamp_max_")
def clamp_max_(self, max):
    return inplace(self, clamp_max, max)


_ADDCMUL = node_class("AddcmulBackward0")
_ADDCDIV = node_class("AddcdivBackward0")


def _addcmul_bwd(node, g):
    t1, t2 = node.saved()
    value = node._ctx
    return (g if needs(node, 0) else None,
            g * (t2 * value) if needs(node, 1) else None,
            g * (t1 * value) if needs(node, 2) else None)


def _addcdiv_bwd(node, g):
    t1, t2 = node.saved()
    value = node._ctx
    return (g if needs(node, 0) else None,
            g * (value / t2) if needs(node, 1) else None,
            -g * (value * t1 / (t2 * t2)) if needs(node, 2) else None)


def _addc(self, t1, t2, value, is_mul):
    rt = result_dtype(self, t1, t2)
    if not is_mul and rt.category < 2:
        raise RuntimeError(
            "Integer division with addcdiv is no longer supported, and in a future  release "
            "addcdiv will perform a true division of tensor1 and tensor2. The historic "
            "addcdiv behavior can be implemented as (input + value * torch.trunc(tensor1 / "
            "tensor2)).to(input.dtype) for integer inputs and as (input + value * tensor1 / "
            "tensor2) for float inputs. The future addcdiv behavior is just the latter "
            "implementation: (input + value * tensor1 / tensor2), for all dtypes.")
    a, b, c = data_as(self, rt), data_as(t1, rt), data_as(t2, rt)
    val = data_as(value, rt)
    # PyTorch's CPU kernels: addcmul is fma(value * t1, t2, self), one rounding after the
    # first product; addcdiv is self + (value * t1) / t2.
    if is_mul and a.dtype in (np.float32, np.float64):
        from .random_math import fma32, fma64
        d = (fma32 if a.dtype == np.float32 else fma64)(val * b, c, a)
    else:
        d = a + (val * b) * c if is_mul else a + (val * b) / c
    out = make(np.asarray(d, rt.np), rt)
    if rt.category < 2:
        return out
    return record(out, _ADDCMUL if is_mul else _ADDCDIV, (self, t1, t2),
                  _addcmul_bwd if is_mul else _addcdiv_bwd, (t1, t2), ctx=value)


@tensor_method("addcmul")
def addcmul(self, tensor1, tensor2, *, value=1):
    return _addc(self, tensor1, tensor2, value, True)


@tensor_method("addcdiv")
def addcdiv(self, tensor1, tensor2, *, value=1):
    return _addc(self, tensor1, tensor2, value, False)


@tensor_method("addcmul_")
def addcmul_(self, tensor1, tensor2, *, value=1):
    return inplace(self, addcmul, tensor1, tensor2, value=value)


@tensor_method("addcdiv_")
def addcdiv_(self, tensor1, tensor2, *, value=1):
    return inplace(self, addcdiv, tensor1, tensor2, value=value)


def remainder_fn(a, b):
    """torch.remainder: either operand may be a Python scalar."""
    if isinstance(a, Tensor):
        return remainder(a, b)
    return _rmod(b, a)


def floor_divide_fn(a, b):
    if isinstance(a, Tensor):
        return floor_divide(a, b)
    return _rfloordiv(b, a)


_WHERE = node_class("WhereBackward0")


def _where_bwd(node, g):
    cond = node._ctx
    zero = 0.0
    return (where(cond, g, zero) if needs(node, 0) else None,
            where(cond, zero, g) if needs(node, 1) else None)


def where(cond, a=None, b=None):
    if a is None and b is None:
        from .ops_index import nonzero
        return nonzero(cond, as_tuple=True)
    if not isinstance(cond, Tensor):
        cond = as_tensor_operand(cond)
    if cond.dtype is not dtypes.bool_:
        if cond.dtype is not dtypes.uint8:
            raise RuntimeError(
                f"where expected condition to be a boolean tensor, but got a tensor with "
                f"dtype {cond.dtype.short_name}")
    rt = result_dtype(a, b)
    ta = a if isinstance(a, Tensor) else None
    tb = b if isinstance(b, Tensor) else None
    shape = cond._data.shape
    from .dispatch import broadcast_shape
    for t in (ta, tb):
        if t is not None:
            shape = broadcast_shape(shape, t._data.shape)
    out = make(np.asarray(np.where(cond._data, data_as(a, rt), data_as(b, rt)), rt.np), rt)
    if rt.category < 2:
        return out
    return record(out, _WHERE, (ta, tb), _where_bwd, None, ctx=cond)


@tensor_method("where")
def _where_method(self, condition, other):
    return where(condition, self, other)


_LERP0 = node_class("LerpBackward0")
_LERP1 = node_class("LerpBackward1")


def _lerp_bwd(node, g):
    a, b, w = node.saved()
    if isinstance(w, Tensor):
        return (g * (1 - w) if needs(node, 0) else None,
                g * w if needs(node, 1) else None,
                g * (b - a) if needs(node, 2) else None)
    return (g * (1 - w) if needs(node, 0) else None, g * w if needs(node, 1) else None)


@tensor_method("lerp")
def lerp(self, end, weight):
    if isinstance(end, Tensor) and end.dtype is not self.dtype:
        raise RuntimeError(f"expected dtype {_cpp_type(self.dtype)} for `end` but got dtype "
                           f"{_cpp_type(end.dtype)}")
    rt = result_dtype(self, end)
    a = self._data
    b = data_as(end, rt)
    w = data_as(weight, rt)
    out = make(np.asarray(a + w * (b - a), rt.np), rt)
    if isinstance(weight, Tensor):
        return record(out, _LERP1, (self, end, weight), _lerp_bwd, (self, end, weight))
    return record(out, _LERP0, (self, end), _lerp_bwd, (self, end, weight))


# ---------------------------------------------------------------------------
# Comparisons and logic (no gradients)

def _compare(fn):
    def op(self, other):
        if not (isinstance(other, Tensor) or is_scalar(other)):
            if fn is np.equal:
                return False
            if fn is np.not_equal:
                return True
            return NotImplemented
        rt = result_dtype(self, other)
        if rt.category == 3 and fn in _ORDERING:
            raise NotImplementedError(
                f'"{_ORDERING[fn]}_cpu" not implemented for \'{rt.short_name}\'')
        ad, bd = data_as(self, rt), data_as(other, rt)
        if isinstance(other, Tensor) and ad.shape != bd.shape:
            check_broadcast(self, other)
        return make(np.asarray(fn(ad, bd)), dtypes.bool_)
    return op


# orderings are not defined for complex values
_ORDERING = {np.less: "lt", np.less_equal: "le", np.greater: "gt", np.greater_equal: "ge"}


for _names, _fn in ((("eq", "__eq__"), np.equal), (("ne", "not_equal", "__ne__"), np.not_equal),
                    (("lt", "less", "__lt__"), np.less), (("le", "less_equal", "__le__"), np.less_equal),
                    (("gt", "greater", "__gt__"), np.greater),
                    (("ge", "greater_equal", "__ge__"), np.greater_equal)):
    tensor_method(*_names)(_compare(_fn))


def _logical(fn):
    def op(self, other):
        od = other._data if isinstance(other, Tensor) else np.asarray(other)
        return make(np.asarray(fn(self._data.astype(bool), od.astype(bool))), dtypes.bool_)
    return op


tensor_method("logical_and")(_logical(np.logical_and))
tensor_method("logical_or")(_logical(np.logical_or))
tensor_method("logical_xor")(_logical(np.logical_xor))


@tensor_method("logical_not")
def logical_not(self):
    return make(np.logical_not(self._data), dtypes.bool_)


def _bitwise(fn, name):
    def op(self, other):
        if not (isinstance(other, Tensor) or is_scalar(other)):
            return NotImplemented
        rt = result_dtype(self, other)
        if rt.category == 2:
            raise RuntimeError(f'"{name}_cpu" not implemented for \'{rt.short_name}\'')
        return make(np.asarray(fn(data_as(self, rt), data_as(other, rt))), rt)
    return op


tensor_method("bitwise_and", "__and__", "__rand__")(_bitwise(np.bitwise_and, "bitwise_and"))
tensor_method("bitwise_or", "__or__", "__ror__")(_bitwise(np.bitwise_or, "bitwise_or"))
tensor_method("bitwise_xor", "__xor__", "__rxor__")(_bitwise(np.bitwise_xor, "bitwise_xor"))


@tensor_method("bitwise_not", "__invert__")
def bitwise_not(self):
    if self.dtype.category == 2:
        raise TypeError("~ (operator.invert) is only implemented on integer and Boolean-type tensors")
    if self.dtype is dtypes.bool_:
        return make(np.logical_not(self._data), dtypes.bool_)
    return make(np.invert(self._data), self.dtype)


@tensor_method("isnan")
def isnan(self):
    return make(np.isnan(self._data) if self.dtype.category == 2
                else np.zeros(self._data.shape, bool), dtypes.bool_)


@tensor_method("isinf")
def isinf(self):
    return make(np.isinf(self._data) if self.dtype.category == 2
                else np.zeros(self._data.shape, bool), dtypes.bool_)


@tensor_method("isfinite")
def isfinite(self):
    return make(np.isfinite(self._data) if self.dtype.category == 2
                else np.ones(self._data.shape, bool), dtypes.bool_)


@tensor_method("allclose")
def allclose(self, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(np.allclose(self._data, other._data, rtol=rtol, atol=atol, equal_nan=equal_nan))


@tensor_method("isclose")
def isclose(self, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    od = other._data if isinstance(other, Tensor) else other
    return make(np.isclose(self._data, od, rtol=rtol, atol=atol, equal_nan=equal_nan),
                dtypes.bool_)


@tensor_method("equal")
def equal(self, other):
    return self._data.shape == other._data.shape and bool(np.all(self._data == other._data))


# ---------------------------------------------------------------------------
# In-place arithmetic

def _inplace_fast(self, other, ufunc):
    """`self op= other` written straight into self's array when no graph is involved (the
    optimizer step `p -= lr * p.grad` under no_grad): the same values as computing out of
    place and copying, without the temporary. None when the general path must decide."""
    dt = self.dtype
    sd = self._data
    if dt.category != 2 or dt.reduced or not sd.flags.writeable or 0 in sd.strides:
        return None   # (a zero stride: an expanded tensor, the general path checks overlap)
    grad_on = is_grad_enabled()
    if grad_on and self._requires_grad:
        return None
    to = type(other)
    if to is float or to is int:
        od = dt.np.type(other)
    elif to is Tensor and other.dtype is dt and not (grad_on and other._requires_grad):
        od = other._data
        if od.shape != sd.shape and (od.ndim > sd.ndim or any(
                n != 1 and n != m for n, m in zip(od.shape[::-1], sd.shape[::-1]))):
            return None
        if od is not sd and np.may_share_memory(od, sd):
            return None
    else:
        return None
    ufunc(sd, od, out=sd)
    self._vc[0] += 1
    return self


def _inplace_binary(op, ufunc=None):
    if ufunc is None:
        def op_(self, *args, **kw):
            return inplace(self, op, *args, **kw)
    else:
        def op_(self, other, **kw):
            if not kw and type(self) is Tensor:
                done = _inplace_fast(self, other, ufunc)
                if done is not None:
                    return done
            return inplace(self, op, other, **kw)
    return op_


_INPLACE_UFUNC = {add: np.add, sub: np.subtract, mul: np.multiply, div: np.divide}


for _name, _op in (("add", add), ("sub", sub), ("mul", mul), ("div", div), ("pow", pow),
                   ("remainder", remainder), ("floor_divide", floor_divide),
                   ("fmod", fmod), ("atan2", atan2), ("lerp", lerp)):
    tensor_method(_name + "_")(_inplace_binary(_op, _INPLACE_UFUNC.get(_op)))

for _dunder, _op in (("__iadd__", add), ("__isub__", sub), ("__imul__", mul),
                     ("__itruediv__", div), ("__ipow__", pow), ("__imod__", remainder),
                     ("__ifloordiv__", floor_divide)):
    setattr(Tensor, _dunder, _inplace_binary(_op, _INPLACE_UFUNC.get(_op)))

tensor_method("subtract_")(Tensor.sub_)
tensor_method("multiply_")(Tensor.mul_)
tensor_method("divide_", "true_divide_")(Tensor.div_)


# ---------------------------------------------------------------------------
# logit, xlogy, copysign, float_power

_LOGIT = node_class("LogitBackward0")


def _logit_bwd(node, g):
    (x,) = node.saved()
    eps = node._ctx
    grad = g / (x * (1 - x))
    if eps is None:
        return (where((x < 0) | (x > 1), float("nan"), grad),)
    return (where((x < eps) | (x > 1 - eps), 0.0, grad),)


@tensor_method("logit")
def logit(self, eps=None):
    dt = self.dtype if self.dtype.category == 2 else dtypes.default_float()
    d = self._data.astype(dt.np, copy=False)
    if eps is not None:
        d = np.clip(d, dt.np.type(eps), dt.np.type(1 - eps))
    out = make(np.asarray(np.log(d / (1 - d)), dt.np), dt)
    if self.dtype.category < 2:
        return out
    return record(out, _LOGIT, (self,), _logit_bwd, (self,), ctx=eps)


_XLOGY = node_class("XlogyBackward0")


def _xlogy_bwd(node, g):
    a, b = node.saved()
    ga = gb = None
    if needs(node, 0):
        ga = g * where(a.eq(0) & ~b.isnan(), 0.0, b.log() if isinstance(b, Tensor)
                       else math.log(b))
    if needs(node, 1):
        gb = g * a / b
    return ga, gb


def _xlogy_fwd(a, b):
    res = a * np.log(b)
    return np.where((a == 0) & ~np.isnan(b), np.zeros((), res.dtype), res)


XLOGY = Binary("xlogy", _xlogy_fwd, "XlogyBackward0", _xlogy_bwd, to_float=True)


@tensor_method("xlogy")
def xlogy(self, other):
    return binary(XLOGY, self, other)


def _copysign_bwd(node, g):
    a, b = node.saved()
    ga = g * where(a.eq(0), 0.0, (a.copysign(b)) / a) if needs(node, 0) else None
    gb = g * 0.0 if needs(node, 1) else None
    return ga, gb


def _copysign_scalar_bwd(node, g):
    return (_copysign_bwd(node, g)[0],)


COPYSIGN = Binary("copysign", np.copysign, "CopysignBackward0", _copysign_bwd, to_float=True,
                  scalar_node="CopysignBackward1", scalar_bwd=lambda n, g: (
                      g * where(n.saved()[0].eq(0), 0.0,
                                n.saved()[0].copysign(n.saved()[1]) / n.saved()[0]),))


@tensor_method("copysign")
def copysign(self, other):
    return binary(COPYSIGN, self, other)


@tensor_method("float_power")
def float_power(self, exponent):
    """Computed in float64 (PowBackward of a ToCopy node, as in PyTorch)."""
    if isinstance(self, Tensor):
        base = self.to(dtypes.float64)
        if isinstance(exponent, Tensor):
            exponent = exponent.to(dtypes.float64)
        return pow(base, exponent)
    return _rpow(exponent.to(dtypes.float64), float(self))
