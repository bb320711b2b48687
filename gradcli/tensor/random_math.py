"""Exact floating-point helpers for the random number generator (vectorised NumPy).

PyTorch's CPU kernels are compiled with fused multiply-add, so several values are
``a*b + c`` rounded *once*.  NumPy has no fma ufunc, so we build exact ones:

* ``fma32``: float32 operands multiply exactly in float64; the float64 sum can be
  off only when it lands exactly on a float32 rounding midpoint, which we detect
  and repair with the exact error of the addition.
* ``fma64``: the product is split exactly into two doubles (Veltkamp/Dekker),
  and the three-term sum is rounded once with the "round to odd" trick of
  Boldo and Melquiond.

It also holds the float32 emulation of the AVX2 ``log``/``sincos`` polynomials that
torch's vectorised ``randn`` uses (see ``normal_transform32``) and the float64
Box-Muller transforms, which call Python's ``math`` functions (glibc's libm, as
torch does): NumPy's own float64 ``log``/``log1p`` can differ from glibc in the last
bit, depending on the CPU and the NumPy build.
"""

from __future__ import annotations

import math

import numpy as np

_F32 = np.float32
_F64 = np.float64

# --------------------------------------------------------------------------- fma


def _two_sum(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """s + e == a + b exactly, with s the rounded sum (Knuth's TwoSum)."""
    s = a + b
    bb = s - a
    e = (a - (s - bb)) + (b - bb)
    return s, e


def _f64(x):
    """float32-rounded operand widened to float64 (0-d for scalars)."""
    if isinstance(x, np.ndarray) and x.dtype == _F32:
        return x.astype(_F64)
    return np.asarray(x, dtype=_F32).astype(_F64)


_TIE_MASK = np.uint64(0x1FFFFFFF)
_TIE_HALF = np.uint64(0x10000000)
_F32_TINY = 2.0**-125


def fma32(a, b, c) -> np.ndarray:
    """float32 ``a*b + c`` with a single rounding (operands are rounded to float32)."""
    a64, b64, c64 = _f64(a), _f64(b), _f64(c)
    shape = np.broadcast_shapes(a64.shape, b64.shape, c64.shape)
    s = np.asarray(a64 * b64)  # exact: 24 + 24 significant bits fit in 53
    if s.shape == shape and s.ndim:
        s += c64
    else:
        s = np.asarray(s + c64).reshape(shape)
    out = s.astype(_F32)
    if out.size == 0:
        return out
    # float64 -> float32 double rounding can only go wrong when s sits exactly on a
    # float32 midpoint (its low 29 bits are 1000...0) while a*b + c != s.
    if s.ndim == 0:
        s, out = s.reshape(1), out.reshape(1)
        a64, b64, c64 = a64.reshape(1), b64.reshape(1), c64.reshape(1)
    low = np.bitwise_and(s.view(np.uint64), _TIE_MASK)
    if (low == _TIE_HALF).any() or np.abs(out).min() <= _F32_TINY:
        _repair_fma32(out, s, a64, b64, c64)
    return out.reshape(shape)


def _repair_fma32(out, s, a64, b64, c64) -> None:
    """Fix the rare results of fma32 that double rounding (or subnormals) spoiled."""
    shape = s.shape
    flat_s, flat_out = s.reshape(-1), out.reshape(-1)

    def pick(x, idx):
        return np.broadcast_to(x, shape).reshape(-1)[idx] if x.ndim else np.full(len(idx), x)

    tiny = np.flatnonzero((np.abs(flat_s) < _F32_TINY) & (flat_s != 0))
    low = np.bitwise_and(flat_s.view(np.uint64), _TIE_MASK)
    tie = np.flatnonzero(low == _TIE_HALF)
    tie = np.setdiff1d(tie, tiny, assume_unique=True)
    if tie.size:
        p = pick(a64, tie) * pick(b64, tie)
        sm = flat_s[tie]
        _, err = _two_sum(p, pick(c64, tie))
        r = sm.astype(_F32)
        up = np.where(r.astype(_F64) > sm, r, np.nextafter(r, _F32(np.inf)))
        down = np.where(r.astype(_F64) < sm, r, np.nextafter(r, _F32(-np.inf)))
        flat_out[tie] = np.where(err > 0, up, np.where(err < 0, down, r))
    for i in tiny.tolist():
        flat_out[i] = _exact_fma32(float(pick(a64, [i])[0]), float(pick(b64, [i])[0]),
                                   float(pick(c64, [i])[0]))


def _exact_fma32(a: float, b: float, c: float) -> np.float32:
    """Correctly rounded float32 of a*b + c via exact rational arithmetic."""
    from fractions import Fraction  # rare fallback: keep the module import light

    exact = Fraction(a) * Fraction(b) + Fraction(c)
    approx = _F32(float(exact))
    if Fraction(float(approx)) == exact:
        return approx
    if Fraction(float(approx)) < exact:
        lo, hi = approx, np.nextafter(approx, _F32(np.inf))
    else:
        lo, hi = np.nextafter(approx, _F32(-np.inf)), approx
    dlo, dhi = exact - Fraction(float(lo)), Fraction(float(hi)) - exact
    if dlo != dhi:
        return _F32(lo if dlo < dhi else hi)
    lo_even = int(np.array(lo, dtype=_F32).view(np.uint32)) & 1 == 0
    return _F32(lo if lo_even else hi)


def _split(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Veltkamp split: a == hi + lo, each half holding at most 26 significant bits."""
    t = 134217729.0 * a  # 2**27 + 1
    hi = t - (t - a)
    return hi, a - hi


def fma64(a, b, c) -> np.ndarray:
    """float64 ``a*b + c`` with a single rounding (Boldo-Melquiond emulation)."""
    a, b, c = (np.asarray(x, dtype=_F64) for x in (a, b, c))
    shape = np.broadcast_shapes(a.shape, b.shape, c.shape)
    p = a * b
    ah, al = _split(a)
    bh, bl = _split(b)
    perr = ((ah * bh - p) + ah * bl + al * bh) + al * bl  # p + perr == a*b exactly
    th, tl = _two_sum(c, p)
    v, ve = _two_sum(tl, perr)
    v, ve = np.array(v, ndmin=1).reshape(-1), np.array(ve, ndmin=1).reshape(-1)
    # Round v to odd: when inexact with an even last bit, step towards the true sum.
    step = (ve != 0) & ((v.view(np.int64) & 1) == 0)
    if step.any():
        v[step] = np.nextafter(v[step], np.where(ve[step] > 0, np.inf, -np.inf))
    out = (th + v.reshape(np.shape(th))).reshape(-1)
    # Huge, tiny or non-finite operands break the error-free transforms: redo exactly.
    p = np.broadcast_to(p, shape).reshape(-1)
    wild = ~np.isfinite(out) | (np.abs(p) > 2.0**1000) | ((p != 0) & (np.abs(p) < 2.0**-900))
    wild |= np.broadcast_to((np.abs(a) > 2.0**900) | (np.abs(b) > 2.0**900), shape).reshape(-1)
    if wild.any():
        flat = [np.broadcast_to(x, shape).reshape(-1) for x in (a, b, c)]
        for i in np.flatnonzero(wild).tolist():
            out[i] = _exact_fma64(float(flat[0][i]), float(flat[1][i]), float(flat[2][i]))
    return out.reshape(shape)


def _exact_fma64(a: float, b: float, c: float) -> float:
    """Correctly rounded float64 of a*b + c via exact rational arithmetic."""
    from fractions import Fraction

    if not (math.isfinite(a) and math.isfinite(b) and math.isfinite(c)):
        return a * b + c
    exact = Fraction(a) * Fraction(b) + Fraction(c)
    return float(exact) if exact != 0 else a * b + c


# ------------------------------------------------------- float32 SIMD log / sincos

_LOG_POLY = [_F32(v) for v in (
    -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1,
    -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1)]
_LOG_P0 = _F32(7.0376836292e-2)
_LOG_Q1 = _F32(-2.12194440e-4)
_LOG_Q2 = _F32(0.693359375)
_SQRTHF = _F32(0.707106781186547524)
_FOPI = _F32(1.27323954473516)
_DP = (_F32(-0.78515625), _F32(-2.4187564849853515625e-4), _F32(-3.77489497744594108e-8))
_COS_P = (_F32(2.443315711809948e-5), _F32(-1.388731625493765e-3), _F32(4.166664568298827e-2))
_SIN_P = (_F32(-1.9515295891e-4), _F32(8.3321608736e-3), _F32(-1.6666654611e-1))
_TWO_PI_F32 = _F32(6.2831854820251465)
_TWO_PI = 6.283185307179586


def logf_simd(x: np.ndarray) -> np.ndarray:
    """Natural log of float32 values in (0, 1], as torch's AVX2 kernel computes it."""
    x = np.maximum(x.astype(_F32), _F32(2.0**-126))
    bits = x.view(np.uint32)
    k = (bits >> np.uint32(23)).astype(np.int32) - 127
    m = ((bits & np.uint32(0x807FFFFF)) | np.uint32(0x3F000000)).view(_F32)
    e = k.astype(_F32) + _F32(1)
    small = m < _SQRTHF
    e = np.where(small, e - _F32(1), e)
    t = m - _F32(1)
    t = np.where(small, t + m, t)
    z = t * t
    y = np.full_like(t, _LOG_P0)
    for c in _LOG_POLY:
        y = fma32(y, t, c)
    y = y * t
    y = fma32(y, z, e * _LOG_Q1)
    y = fma32(-z, _F32(0.5), y)
    return fma32(e, _LOG_Q2, t + y)


def sincosf_simd(theta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sin, cos) of float32 angles >= 0, as torch's AVX2 kernel computes them."""
    j = (theta * _FOPI).astype(np.int32)  # truncation towards zero
    j = (j + 1) & ~np.int32(1)
    yj = j.astype(_F32)
    a = fma32(yj, _DP[0], theta)
    a = fma32(yj, _DP[1], a)
    a = fma32(yj, _DP[2], a)
    z = a * a
    pc = fma32(_COS_P[0], z, _COS_P[1])
    pc = fma32(pc, z, _COS_P[2])
    pc = pc * z
    pc = fma32(pc, z, -(z * _F32(0.5)))
    pc = pc + _F32(1)
    ps = fma32(_SIN_P[0], z, _SIN_P[1])
    ps = fma32(ps, z, _SIN_P[2])
    ps = ps * z
    ps = fma32(ps, a, a)
    swap = (j & 2) != 0
    sin = np.where(swap, pc, ps)
    cos = np.where(swap, ps, pc)
    sin = np.where((j & 4) != 0, -sin, sin)
    cos = np.where(((j - 2) & 4) == 0, -cos, cos)
    return sin, cos


_CHUNK_ROWS = 4096  # rows of 16 per slice: keeps temporaries in cache


def normal_transform32(d: np.ndarray, mean: float, std: float) -> np.ndarray:
    """Box-Muller on rows of 16 float32 uniforms (float32 AVX2 path of randn)."""
    if len(d) > _CHUNK_ROWS:
        return np.concatenate([normal_transform32(d[i:i + _CHUNK_ROWS], mean, std)
                               for i in range(0, len(d), _CHUNK_ROWS)])
    u1 = _F32(1) - d[:, :8]
    u2 = d[:, 8:]
    radius = np.sqrt(_F32(-2) * logf_simd(u1))
    sin, cos = sincosf_simd(_TWO_PI_F32 * u2)
    out = np.empty_like(d)
    out[:, :8] = radius * cos
    out[:, 8:] = radius * sin
    if std != 1.0 or mean != 0.0:
        out = fma32(out, _F32(std), _F32(mean))
    return out


# ------------------------------------------------------------- float64 (libm) maps


def _libm(fn, x: np.ndarray) -> np.ndarray:
    """Apply a ``math`` function (glibc) elementwise; NumPy's float64 log differs."""
    flat = x.ravel()
    return np.fromiter(map(fn, flat.tolist()), dtype=_F64, count=flat.size).reshape(x.shape)


def normal_transform64(d: np.ndarray, mean: float, std: float) -> np.ndarray:
    """Box-Muller on rows of 16 float64 uniforms (float64 path of vectorised randn)."""
    u1 = 1.0 - d[:, :8]
    u2 = d[:, 8:]
    radius = np.sqrt(-2.0 * _libm(math.log, u1))
    theta = _TWO_PI * u2
    out = np.empty_like(d)
    out[:, :8] = radius * _libm(math.cos, theta)
    out[:, 8:] = radius * _libm(math.sin, theta)
    if std != 1.0 or mean != 0.0:
        out = fma64(out, std, mean)
    return out


def box_muller_pairs(u1: np.ndarray, u2: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Serial-path pairs: returns (r*cos(theta), r*sin(theta)) in float64.

    ``u1`` drives the angle and ``u2`` the radius, as in torch's scalar sampler.
    """
    r = np.sqrt(-2.0 * _libm(math.log1p, -u2))
    theta = _TWO_PI * u1
    return r * _libm(math.cos, theta), r * _libm(math.sin, theta)
