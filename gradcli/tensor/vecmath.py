"""Bit-exact float32 elementwise math as PyTorch 2.13's CPU kernels compute it.

Reference: torch 2.13.0+cpu wheel (MKL build, CPU capability AVX2, 2 intra-op threads)
on the oracle machine (x86-64 with AVX2+FMA, glibc 2.36).  Everything below was
measured with ``/work/shared/oracle/torch-oracle``; ``tests/gen_vecmath_goldens.py``
regenerates the goldens.

Findings (float32, ~900k inputs: uniform ranges, random bit patterns over the
whole float32 range, specials).  "cr" = float64 result rounded to float32.

=========  ==========  ===========  ==========  ===================================
op         vs np f32   vs cr        max err     where it comes from / position dep.
=========  ==========  ===========  ==========  ===================================
exp        39 %        0.78 %       0.56 ulp    MKL VML (HA), no position dependence
log        4.8 %       3.5 %        0.87 ulp    MKL VML, none
tanh       33 %        0.018 %      0.51 ulp    MKL VML, none
sin/cos    15-19 %     3.0-3.4 %    0.60 ulp    MKL VML, none
sqrt       18.6 %      17.9 %       0.75 ulp    MKL VML, none (float64 also 1.3 %)
tan        18 %        10.8 %       0.93 ulp    MKL VML, none
log2/log10 -           0.04 %       0.6 ulp     MKL VML, none
expm1/log1p            0.6-0.7 %    1.0 ulp     MKL VML, none
asin/acos/atan         2.8-4.7 %    0.8 ulp     MKL VML, none
erf/erfc               1.3-3.7 %    0.7 ulp     MKL VML, none
sigmoid    16 %        21 %         2.2 ulp     SLEEF expf u10 (vector) / glibc expf
                                                (scalar tail): POSITION DEPENDENT
silu       -           -            -           x / (1 + exp(-x)), exps as sigmoid
sinh/cosh  22-25 %     0.06-0.2 %   1 ulp       SLEEF vector + glibc scalar tail
exp2       6 %         4.5 %        0.8 ulp     SLEEF vector + glibc scalar tail
pow(x, c)                                       c in {2,3,-1,-2,-0.5}: exact ops;
                                                c=0.5: MKL sqrt; other c: SLEEF
                                                powf vector (1.3-44 % vs cr) +
                                                glibc powf scalar (== cr)
asinh/acosh/atanh                   1.6 ulp     glibc scalar (float64: equal to libm)
=========  ==========  ===========  ==========  ===================================

The MKL functions (``vmsExp`` etc., called with VML_HA) are closed source and are
not position dependent; their results did not change with ``MKL_CBWR`` or
``MKL_ENABLE_INSTRUCTIONS``.  They are *not* reproduced bit-exactly here (no model
of their internal arithmetic matched); ``NEAREST`` offers the closest simple
approximation (float64 evaluation rounded once) with its measured mismatch rate.

sigmoid (bit-exact, in ``FUNCS``)
---------------------------------
torch's float32 sigmoid kernel has two code paths:

* vector path, for whole groups of 16 elements (two AVX2 registers) from the start
  of each contiguous run: ``e = exp(-x)`` with SLEEF's 1-ulp single precision
  exponential, then ``1 + e`` and ``1 / (1 + e)`` as two rounded float32 operations.
  The SLEEF exponential: ``q = rint(x * (1/ln2))`` (product rounded to float32), a
  two-constant Cody-Waite reduction ``s = x - q*L_hi - q*L_lo`` (each step one fused
  multiply-add), a degree-5 polynomial in Horner form with FMAs, the result
  ``1 + (s + s^2*P(s))`` and a scaling by ``2^q`` done as two multiplications by
  powers of two (which round only once for every input that matters).  Inputs
  below -104 give 0, above 100 give inf.
* scalar path, for the ``n % 16`` elements at the end of each run (and for every
  element when the input is not contiguous): ``1 / (1 + expf(-x))`` with glibc's
  expf (FMA variant).  glibc's expf works in double: ``z = x * 32/ln2``, ``k`` =
  nearest integer, ``r = z - k``, ``2^(k/32)`` from a 32-entry table of doubles,
  and a cubic polynomial in ``r`` evaluated with three FMAs, then one rounding to
  float32.  Thresholds: ``x > 0x1.62e42ep6`` overflows, ``x < -0x1.9fe368p6`` gives 0.

silu (bit-exact, in ``FUNCS``): ``F.silu`` / ``nn.SiLU`` computes ``x / (1 + e)``
with the same two exponentials (SLEEF vector, glibc scalar tail); ``x *
sigmoid(x)`` differs on 16 % of inputs.

exp2 (bit-exact, in ``FUNCS``): vector path = SLEEF's 1-ulp exp2f: ``q = rint(x)``,
``s = x - q`` (exact), a degree-6 polynomial in Horner form with FMAs whose last
step is ``1 + s*u``, scaled by ``2^q``; ``x >= 128`` gives inf, ``x < -150`` gives 0.
Scalar tail = glibc exp2f: ``k`` = x rounded to a multiple of 1/32, ``r = x - k``,
the same 32-entry table and a cubic in ``r`` (three FMAs) in double, rounded once;
``x <= -150`` gives 0.

A "run" is what torch's loop sees: a contiguous 1-d tensor of n elements is one run
if n < 32768 (the TensorIterator grain size) or torch runs single-threaded;
otherwise ``at::parallel_for`` cuts it into ``T = min(threads, ceil(n/32768))``
chunks of ``ceil(n/T)`` elements and every chunk has its own scalar tail.

Using the functions (interface)
-------------------------------
``FUNCS[name](x)``: ``x`` any-shape float32 ndarray (0-d and empty included),
returns a new float32 array of the same shape.  Names in ``POSITION_DEPENDENT``
also take ``run=`` and ``threads=`` (see ``vector_mask``); feed them the elements
in the order torch's loop visits them:

* contiguous tensor (any shape): ``fn(a)``;
* dense but permuted (e.g. ``x.t()``): torch gives the output the input's
  layout and walks memory order, so ``fn(a.ravel(order="K"))`` reshaped back
  (verified: ``sigmoid(x.t())`` equals ``sigmoid(x).t()`` bitwise);
* sliced with a contiguous innermost dim of length L (``x[:, :37]``): ``run=L``;
* anything else non-contiguous (``x[::2]``): ``run=1`` (scalar path only).

``pow_scalar(x, c)`` covers ``torch.pow(tensor, python_number)`` for the exactly
reproducible exponents and returns None otherwise.

More measurements
-----------------
* sqrt (MKL): the error relative to the true square root is spread over
  +-0.25 ulp before the final rounding (max total error 0.75 ulp), both signs,
  and varies smoothly with the mantissa: mismatch vs correctly rounded is 14 %
  falling to 3.7 % across x in [1, 2) and 19 % rising to 30 % across [2, 4)
  (all 2^24 inputs checked).  ``x*rsqrt``, one Newton step from a correctly
  rounded rsqrt, ``1/rsqrt`` and ``x/sqrt`` in float32 all fail (17-32 %).
* rsqrt, reciprocal and square are correctly rounded step by step
  (``1/sqrt(x)`` with a correctly rounded sqrt); ``pow(x, 0.5)`` goes to the MKL
  sqrt, ``pow(x, -0.5)`` to the correctly rounded rsqrt.
* MKL results are identical for contiguous, strided and one-element inputs.
* Saturation and special values: tanh is exactly +-1 from |x| >= 9.011442 (same as
  correctly rounded; 165 tanh mismatches in 900k, none in the saturated or tiny
  range, |x| in [3.5e-4, 6.1]); sigmoid is exactly 1 from x >= 16.635612 and 0 below
  about -88.7253 (vector path: subnormal results down to -103.97, exactly 0 below
  -104); exp overflows to inf from 88.723 (88.7228 -> 3.4026947e38) and is 0 at
  -104; log(-0) = -inf, log/sqrt of negatives = nan; MKL keeps denormals (no FTZ).
* Reference machine caveat: the oracle CPU has no AVX-512, torch reports
  capability AVX2, so one vector step is 16 float32 lanes (``VEC_STEP``); under an
  AVX512 capability it would be 32 (same SLEEF algorithm, different tail
  positions).  MKL picks its own code path per CPU; its results here were stable
  under MKL_CBWR / MKL_ENABLE_INSTRUCTIONS.
* float64 kernels differ from NumPy/libm too (exp 0.36 %, sqrt 1.3 %, tanh 10.5 %,
  sigmoid 1.5 %); none is implemented here.

Exact float32 FMA: float32 products are exact in float64, so ``p + c`` in float64
rounded to float32 is right unless the float64 sum sits exactly on a float32
rounding midpoint (low 29 bits = 1000...0) or is a float32 subnormal; only those
elements are redone: TwoSum gives the exact error of the addition and the sum is
made "round to odd" (an inexact even result steps one float64 ulp toward the true
value), after which one rounding to float32 is correct.  The float64 FMA of the
glibc paths uses a Dekker product + TwoSum + round-to-odd; the glibc polynomials
are first evaluated without fusion and only results within 1024 float64 ulps of a
float32 midpoint are recomputed with the exact FMA.
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from typing import Callable

import numpy as np


_F32 = np.float32
_F64 = np.float64

#: intra-op thread count of the reference torch (``torch.get_num_threads()``)
NUM_THREADS = 2
#: TensorIterator grain size below which a kernel runs serially
GRAIN_SIZE = 32768
#: elements per vectorised step of cpu_kernel_vec for float32 on AVX2
VEC_STEP = 16

# ------------------------------------------------------------------ exact fma32


_LOW29 = np.uint64(0x1FFFFFFF)
_MID29 = np.uint64(0x10000000)


def _to_odd(s: np.ndarray, err: np.ndarray) -> np.ndarray:
    """Round-to-odd of s + err (s = RN(s + err)): an inexact even s steps toward err."""
    fix = (err != 0) & ((s.view(np.int64) & 1) == 0)
    if fix.any():
        s = s.copy()
        s[fix] = np.nextafter(s[fix], np.where(err[fix] > 0, np.inf, -np.inf))
    return s


def fma32(a, b, c, normal: bool = False) -> np.ndarray:
    """Single-rounding float32 ``a*b + c`` of float32 operands (broadcasting).

    ``normal=True`` promises that no result is a float32 subnormal (skips a check).
    """
    p = np.multiply(a, b, dtype=_F64)  # exact: 24 + 24 bits
    s = np.atleast_1d(np.add(p, c, dtype=_F64))
    out = s.astype(_F32)
    # RN64 then RN32 is wrong only if s sits exactly on a float32 midpoint while the
    # float64 addition was inexact; float32 subnormal results are checked likewise.
    bad = (s.view(np.uint64) & _LOW29) == _MID29
    if not normal:
        bad |= np.abs(out) < _F32(2.0**-126)
    if bad.any():
        idx = np.flatnonzero(bad)
        pp = np.broadcast_to(p, s.shape)[bad]
        cc = np.broadcast_to(np.asarray(c, dtype=_F64), s.shape)[bad]
        ss = pp + cc
        bb = ss - pp
        err = (pp - (ss - bb)) + (cc - bb)  # TwoSum: exact error of the addition
        out.reshape(-1)[idx] = _to_odd(ss, err).astype(_F32)
    return out.reshape(np.shape(s) if np.ndim(p) or np.ndim(c) else ())


def _fma64(a, b, c) -> np.ndarray:
    """Single-rounding float64 ``a*b + c`` for finite operands of moderate size."""
    a, b, c = (np.asarray(v, dtype=_F64) for v in (a, b, c))
    p = a * b
    t = 134217729.0 * a
    ah = t - (t - a)
    al = a - ah
    t = 134217729.0 * b
    bh = t - (t - b)
    bl = b - bh
    perr = ((ah * bh - p) + ah * bl + al * bh) + al * bl  # Dekker: a*b == p + perr
    s = p + c
    bb = s - p
    serr = (p - (s - bb)) + (c - bb)  # TwoSum: p + c == s + serr
    lo = serr + perr
    lb = lo - serr
    loerr = (serr - (lo - lb)) + (perr - lb)
    lo = _to_odd(np.atleast_1d(lo), np.atleast_1d(loerr))
    return (s + lo.reshape(np.shape(s))).reshape(np.shape(s))


# ------------------------------------------------------- SLEEF expf (u10), vector

_INV_LN2_F = _F32(1.442695040888963407359924681001892137426645954152985934135449406931)
_L2U_F = _F32(0.693145751953125)
_L2L_F = _F32(1.428606765330187045e-06)
_EXPF_POLY = tuple(_F32(v) for v in (
    0.000198527617612853646278381, 0.00139304355252534151077271,
    0.00833336077630519866943359, 0.0416664853692054748535156,
    0.166666671633720397949219, 0.5))


def sleef_expf_u10(x: np.ndarray) -> np.ndarray:
    """exp of float32 values as SLEEF's vectorised 1-ulp expf (FMA build) gives it."""
    d = np.asarray(x, dtype=_F32)
    with np.errstate(all="ignore"):
        q = np.rint(d * _INV_LN2_F)
        s = fma32(q, -_L2U_F, d)
        s = fma32(q, -_L2L_F, s)
        u = np.full(d.shape, _EXPF_POLY[0], dtype=_F32)
        for coef in _EXPF_POLY[1:]:  # |s| <= 0.35: every step stays near coef
            u = fma32(u, s, coef, normal=True)
        u = _F32(1) + fma32(s * s, u, s)
        qi = np.nan_to_num(q, nan=0.0).astype(np.int64)
        # 2^(q>>1) * 2^(q-(q>>1)): the first product is exact for q >= -150, so one
        # rounding of the float64 product to float32 is the same.
        out = (u.astype(_F64) * np.ldexp(1.0, np.clip(qi, -300, 300))).astype(_F32)
        out = np.where(d < _F32(-104), _F32(0), out)
        out = np.where(d > _F32(100), _F32(np.inf), out)
    return out.astype(_F32, copy=False)


# ------------------------------------------------------- glibc expf, scalar path

_EXP2F_N = 32


def _exp2_table() -> np.ndarray:
    with localcontext() as ctx:
        ctx.prec = 60
        return np.array([float(Decimal(2) ** (Decimal(i) / Decimal(_EXP2F_N)))
                         for i in range(_EXP2F_N)], dtype=_F64)


_EXP2F_TAB = _exp2_table()
_INVLN2_N = float.fromhex("0x1.71547652b82fep+0") * _EXP2F_N
_EXPF_C0 = float.fromhex("0x1.c6af84b912394p-5") / _EXP2F_N**3
_EXPF_C1 = float.fromhex("0x1.ebfce50fac4f3p-3") / _EXP2F_N**2
_EXPF_C2 = float.fromhex("0x1.62e42ff0c52d6p-1") / _EXP2F_N
_EXPF_OFLOW = _F32(float.fromhex("0x1.62e42ep6"))
_EXPF_UFLOW = _F32(float.fromhex("-0x1.9fe368p6"))


def glibc_expf(x: np.ndarray) -> np.ndarray:
    """exp of float32 values as glibc 2.36's expf (FMA ifunc variant) gives it."""
    d = np.atleast_1d(np.asarray(x, dtype=_F32))
    with np.errstate(all="ignore"):
        xd = d.astype(_F64)
        np.clip(xd, -110.0, 110.0, out=xd)
        xd[np.isnan(xd)] = 0.0
        z = _INVLN2_N * xd
        kd = np.rint(z)
        r = z - kd
        k = kd.astype(np.int64)
        s = _EXP2F_TAB[k & (_EXP2F_N - 1)] * np.ldexp(1.0, k >> 5)
        # Fast path: the polynomial without fused operations.  Its float64 value can
        # differ from the FMA one by a few float64 ulps, which changes the float32
        # result only next to a float32 rounding midpoint: redo those exactly.
        w = (((_EXPF_C0 * r + _EXPF_C1) * (r * r)) + (_EXPF_C2 * r + 1.0)) * s
        out = w.astype(_F32)
        near = np.abs((w.view(np.int64) & 0x1FFFFFFF) - 0x10000000) < 1024
        near |= np.abs(out) < _F32(2.0**-126)
        if near.any():
            rr, ss = r[near], s[near]
            y = _fma64(_fma64(_EXPF_C0, rr, _EXPF_C1), rr * rr, _fma64(_EXPF_C2, rr, 1.0))
            out[near] = (y * ss).astype(_F32)
        out[d > _EXPF_OFLOW] = np.inf
        out[d < _EXPF_UFLOW] = 0.0
        nan = np.isnan(d)
        out[nan] = d[nan]
    return out.reshape(np.shape(x))


# ------------------------------------------------------------- path selection


def vector_mask(n: int, run: int | None = None, threads: int | None = None) -> np.ndarray:
    """Boolean mask over ``n`` flat elements: True where torch uses the vector path.

    ``run``: length of the contiguous runs the kernel loop sees (default: the whole
    tensor is one contiguous run; pass 1 for a non-contiguous input, or the length of
    the contiguous innermost dimension).  ``threads``: intra-op threads
    (default ``NUM_THREADS``), which split a large tensor into chunks.
    """
    threads = NUM_THREADS if threads is None else threads
    if n < VEC_STEP or run == 1:
        return np.zeros(n, dtype=bool)
    idx = np.arange(n)
    if run is None or run >= n:
        if n < GRAIN_SIZE or threads <= 1:
            starts = np.zeros(n, dtype=np.int64)
            ends = np.full(n, n, dtype=np.int64)
        else:
            nchunks = min(threads, -(-n // GRAIN_SIZE))
            chunk = -(-n // nchunks)
            starts = (idx // chunk) * chunk
            ends = np.minimum(starts + chunk, n)
    else:
        run = max(int(run), 1)
        starts = (idx // run) * run
        ends = np.minimum(starts + run, n)
    full = starts + ((ends - starts) // VEC_STEP) * VEC_STEP
    return idx < full


def _two_path(x: np.ndarray, vec_fn, scalar_fn, run=None, threads=None) -> np.ndarray:
    x = np.asarray(x, dtype=_F32)
    flat = x.reshape(-1)
    n = flat.size
    if n == 0:
        return np.empty(x.shape, dtype=_F32)
    mask = vector_mask(n, run, threads)
    out = np.empty(n, dtype=_F32)
    if mask.all():
        out[:] = vec_fn(flat)
    elif not mask.any():
        out[:] = scalar_fn(flat)
    else:
        out[mask] = vec_fn(flat[mask])
        out[~mask] = scalar_fn(flat[~mask])
    return out.reshape(x.shape)


# -------------------------------------------------------------------- sigmoid


def _sigmoid_vec(x: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        return _F32(1) / (_F32(1) + sleef_expf_u10(-x))


def _sigmoid_scalar(x: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        return _F32(1) / (_F32(1) + glibc_expf(-x))


def sigmoid(x: np.ndarray, run: int | None = None, threads: int | None = None) -> np.ndarray:
    """torch.sigmoid of a float32 array (see ``vector_mask`` for ``run``/``threads``)."""
    return _two_path(x, _sigmoid_vec, _sigmoid_scalar, run, threads)


# ----------------------------------------------------------------------- exp2

_EXP2F_POLY = tuple(_F32(v) for v in (
    0.1535920892e-3, 0.1339262701e-2, 0.9618384764e-2, 0.5550347269e-1,
    0.2402264476e+0, 0.6931471825e+0))
_GEXP2F_C0 = float.fromhex("0x1.c6af84b912394p-5")
_GEXP2F_C1 = float.fromhex("0x1.ebfce50fac4f3p-3")
_GEXP2F_C2 = float.fromhex("0x1.62e42ff0c52d6p-1")


def sleef_exp2f_u10(x: np.ndarray) -> np.ndarray:
    """2**x of float32 values as SLEEF's vectorised 1-ulp exp2f (FMA build)."""
    d = np.atleast_1d(np.asarray(x, dtype=_F32))
    with np.errstate(all="ignore"):
        q = np.rint(d)
        s = d - q  # exact
        u = np.full(d.shape, _EXP2F_POLY[0], dtype=_F32)
        for coef in _EXP2F_POLY[1:]:  # |s| <= 0.5: every step stays near coef
            u = fma32(u, s, coef, normal=True)
        u = fma32(u, s, _F32(1), normal=True)
        qi = np.clip(np.nan_to_num(q, nan=0.0), -300, 300).astype(np.int64)
        out = (u.astype(_F64) * np.ldexp(1.0, qi)).astype(_F32)
        out[d >= _F32(128)] = np.inf
        out[d < _F32(-150)] = 0.0
        nan = np.isnan(d)
        out[nan] = d[nan]
    return out.reshape(np.shape(x))


def glibc_exp2f(x: np.ndarray) -> np.ndarray:
    """2**x of float32 values as glibc 2.36's exp2f (FMA ifunc variant)."""
    d = np.atleast_1d(np.asarray(x, dtype=_F32))
    with np.errstate(all="ignore"):
        xd = d.astype(_F64)
        np.clip(xd, -160.0, 160.0, out=xd)
        xd[np.isnan(xd)] = 0.0
        kd = np.rint(xd * _EXP2F_N) / _EXP2F_N  # nearest multiple of 1/32
        r = xd - kd  # exact
        k = (kd * _EXP2F_N).astype(np.int64)
        sc = _EXP2F_TAB[k & (_EXP2F_N - 1)] * np.ldexp(1.0, k >> 5)
        w = (((_GEXP2F_C0 * r + _GEXP2F_C1) * (r * r)) + (_GEXP2F_C2 * r + 1.0)) * sc
        out = w.astype(_F32)
        near = np.abs((w.view(np.int64) & 0x1FFFFFFF) - 0x10000000) < 1024
        near |= np.abs(out) < _F32(2.0**-126)
        if near.any():  # redo with the fused operations next to float32 midpoints
            rr, ss = r[near], sc[near]
            y = _fma64(_fma64(_GEXP2F_C0, rr, _GEXP2F_C1), rr * rr, _fma64(_GEXP2F_C2, rr, 1.0))
            out[near] = (y * ss).astype(_F32)
        out[d >= _F32(128)] = np.inf
        out[d <= _F32(-150)] = 0.0
        nan = np.isnan(d)
        out[nan] = d[nan]
    return out.reshape(np.shape(x))


def exp2(x: np.ndarray, run: int | None = None, threads: int | None = None) -> np.ndarray:
    """torch.exp2 of a float32 array (SLEEF vector path, glibc scalar tail)."""
    return _two_path(x, sleef_exp2f_u10, glibc_exp2f, run, threads)


# ----------------------------------------------------------------------- silu


def _silu_vec(x: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        return x / (_F32(1) + sleef_expf_u10(-x))


def _silu_scalar(x: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        return x / (_F32(1) + glibc_expf(-x))


def silu(x: np.ndarray, run: int | None = None, threads: int | None = None) -> np.ndarray:
    """F.silu of a float32 array: ``x / (1 + exp(-x))`` (not ``x * sigmoid(x)``)."""
    return _two_path(x, _silu_vec, _silu_scalar, run, threads)


# --------------------------------------------------------- rsqrt, pow(x, c)


def rsqrt(x: np.ndarray) -> np.ndarray:
    """torch.rsqrt of float32: ``1 / sqrt(x)``, both correctly rounded (both paths)."""
    with np.errstate(all="ignore"):
        return np.asarray(_F32(1) / np.sqrt(np.asarray(x, dtype=_F32)), dtype=_F32)


def pow_scalar(x: np.ndarray, exponent: float) -> np.ndarray | None:
    """torch.pow(float32 tensor, python number) where it is exact, else None.

    torch special-cases these exponents (measured on every path): 2 -> x*x,
    3 -> (x*x)*x, -1 -> 1/x, -2 -> 1/(x*x), -0.5 -> 1/sqrt(x) (correctly rounded
    sqrt!), each step rounded to float32.  0.5 goes to the MKL sqrt (not exact);
    other exponents (including 4) use SLEEF's powf on the vector path (not
    reproduced) and glibc's powf on the scalar tail, which matched the correctly
    rounded float64 pow on 750k values.  A 0-d *tensor* exponent takes the general
    path even for 2 -- do not route it here.
    """
    if exponent not in (2, 3, -1, -2, -0.5):   # 0.5: MKL sqrt, not reproducible
        return None
    from .ops_pointwise import _pow_special  # the engine's own implementation
    return _pow_special(np.asarray(x, dtype=_F32), exponent)


# ----------------------------------------------------------------- registries

#: torch op name -> bit-exact float32 implementation (contiguous-input semantics)
FUNCS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "sigmoid": sigmoid,
    "silu": silu,
    "exp2": exp2,
    "rsqrt": rsqrt,
}

#: the entries of FUNCS whose result depends on position (vector path + scalar
#: tail); they take the keyword arguments ``run`` and ``threads``
POSITION_DEPENDENT = frozenset({"sigmoid", "silu", "exp2"})


#: Taylor coefficients of tanh(x)/x in powers of x*x, for |x| < 2**-5 (the next term
#: is below 2**-70 relative there)
_TANH_SERIES = (1.0, -1 / 3, 2 / 15, -17 / 315, 62 / 2835, -1382 / 155925, 21844 / 6081075)


def tanh_rounded(x: np.ndarray) -> np.ndarray:
    """float32 tanh evaluated in double and rounded once, like ``tanh(x.astype(f64))``
    rounded to float32, in about half the time: NumPy's double tanh is a scalar loop,
    double exp is much cheaper. tanh|x| = (1 - e) / (1 + e) with e = exp(-2|x|) is within
    a few double ulps (never near a float32 rounding boundary in practice: the results
    agree bit for bit on a sweep of every magnitude and on millions of random inputs);
    below 2**-5 the cancellation in 1 - e would cost bits, so a Taylor series takes over.
    The sign is put back after rounding (tanh is odd)."""
    if x.size < 4096:  # few elements: one call of the double tanh beats ten of the others
        return np.tanh(x.astype(_F64)).astype(_F32)
    with np.errstate(all="ignore"):
        ax = np.abs(x)
        e = np.multiply(ax, _F64(-2.0))            # double from here on
        np.exp(e, out=e)
        t = np.subtract(1.0, e)
        e += 1.0
        t /= e
        small = ax < _F32(0.03125)
        if small.any():
            xs = ax[small].astype(_F64)
            z = xs * xs
            p = _TANH_SERIES[-1]
            for c in _TANH_SERIES[-2::-1]:
                p = p * z + c
            t[small] = xs * p
        r = t.astype(_F32)
        np.copysign(r, x, out=r)
        return r


def _rounded64(fn):
    def f(x: np.ndarray) -> np.ndarray:
        with np.errstate(all="ignore"):
            return fn(np.asarray(x, dtype=_F32).astype(_F64)).astype(_F32)
    f.__name__ = fn.__name__ + "_rounded64"
    return f


#: NOT bit-exact: closest known approximation and its measured mismatch rate
#: against torch (fraction of inputs differing, typically by 1 ulp).
NEAREST: dict[str, tuple[Callable[[np.ndarray], np.ndarray], float]] = {
    "exp": (_rounded64(np.exp), 0.0078),
    "log": (_rounded64(np.log), 0.035),
    "tanh": (_rounded64(np.tanh), 0.00018),
    "sin": (_rounded64(np.sin), 0.030),
    "cos": (_rounded64(np.cos), 0.034),
    "sqrt": (_rounded64(np.sqrt), 0.18),
    "log2": (_rounded64(np.log2), 0.0004),
    "log10": (_rounded64(np.log10), 0.0004),
    "expm1": (_rounded64(np.expm1), 0.007),
    "log1p": (_rounded64(np.log1p), 0.006),
}
