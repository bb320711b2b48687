"""gradcli.tensor.vecmath against goldens recorded from PyTorch 2.13 (tests/gen_vecmath_goldens.py)."""

from __future__ import annotations

import os

import numpy as np
import pytest

from gradcli.tensor import vecmath

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden", "vecmath")


def _load(name: str) -> dict:
    with np.load(os.path.join(GOLD, f"{name}.npz")) as z:
        return {k: z[k] for k in z.files}


def _assert_bits(got: np.ndarray, want_bits: np.ndarray, x: np.ndarray) -> None:
    assert got.dtype == np.float32
    g = got.reshape(-1).view(np.uint32)
    want_bits = want_bits.reshape(-1)
    bad = np.flatnonzero(g != want_bits)
    # all NaNs print alike; torch may keep a different payload/sign
    bad = bad[~(np.isnan(got.reshape(-1)[bad]) & np.isnan(want_bits[bad].view(np.float32)))]
    assert bad.size == 0, (
        f"{bad.size} of {g.size} differ, e.g. x={x.reshape(-1)[bad[:5] % x.size]} "
        f"got={got.reshape(-1)[bad[:5]]} want={want_bits[bad[:5]].view(np.float32)}")


@pytest.mark.parametrize("name", sorted(vecmath.FUNCS))
def test_contiguous(name):
    d = _load(name)
    _assert_bits(vecmath.FUNCS[name](d["x_contig"]), d["y_contig"], d["x_contig"])


@pytest.mark.parametrize("name", sorted(vecmath.FUNCS))
def test_scalar_path_noncontiguous(name):
    d = _load(name)
    fn = vecmath.FUNCS[name]
    kw = {"run": 1} if name in vecmath.POSITION_DEPENDENT else {}
    _assert_bits(fn(d["x_scalar"], **kw), d["y_scalar"], d["x_scalar"])


@pytest.mark.parametrize("name", sorted(vecmath.POSITION_DEPENDENT))
def test_short_lengths(name):
    d = _load(name)
    fn, x = vecmath.FUNCS[name], d["x_short"]
    got = np.concatenate([fn(x[:n]) for n in range(1, 41)])
    _assert_bits(got, d["y_short"], x)


@pytest.mark.parametrize("name", sorted(vecmath.POSITION_DEPENDENT))
def test_thread_chunks_and_inner_runs(name):
    d = _load(name)
    fn, base = vecmath.FUNCS[name], d["x_chunked"]
    threads = int(d["threads"])
    big = np.tile(base, 18)[:70001]
    _assert_bits(fn(big, threads=threads), d["y_chunked"], big)
    grid = np.tile(base, 5)[:500 * 40].reshape(500, 40)[:, :37]
    _assert_bits(fn(np.ascontiguousarray(grid), run=37), d["y_inner37"], grid)


@pytest.mark.parametrize("name", sorted(vecmath.FUNCS))
def test_shapes(name):
    fn = vecmath.FUNCS[name]
    assert fn(np.zeros((0, 3), np.float32)).shape == (0, 3)
    x0 = np.array(0.5, np.float32)
    y0 = fn(x0)
    assert y0.shape == () and y0.dtype == np.float32
    assert y0 == fn(np.array([0.5], np.float32))[0]
    x2 = np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)
    assert np.array_equal(fn(x2).reshape(-1).view(np.uint32), fn(x2.reshape(-1)).view(np.uint32))


def test_vector_mask():
    m = vecmath.vector_mask(37)
    assert m[:32].all() and not m[32:].any()
    m = vecmath.vector_mask(70001, threads=2)  # chunks of 35001: tails of 11 and 10
    assert not m[35000 - 8:35001].all() and m[:35000 - 8].all()
    assert (~m).sum() == 35001 % 16 + 35000 % 16
    assert not vecmath.vector_mask(10, run=1).any()


def test_fma32_single_rounding():
    rng = np.random.default_rng(3)
    a = rng.uniform(-2, 2, 4000).astype(np.float32)
    b = rng.uniform(-2, 2, 4000).astype(np.float32)
    c = rng.uniform(-2, 2, 4000).astype(np.float32)
    # exact halfway cases: c chosen so a*b + c sits on a float32 midpoint +- tiny
    from fractions import Fraction
    got = vecmath.fma32(a, b, c)
    for i in range(0, 4000, 97):
        exact = Fraction(float(a[i])) * Fraction(float(b[i])) + Fraction(float(c[i]))
        assert got[i] == np.float32(float(exact)) or abs(Fraction(float(got[i])) - exact) <= abs(
            Fraction(float(np.float32(float(exact)))) - exact)
    one, eps = np.float32(1), np.float32(2.0**-24)
    # 1 + 2^-24 + 2^-60: the float64 sum rounds to the midpoint, the true value is above it
    r = vecmath.fma32(np.array([eps]), np.array([np.float32(1 + 2.0**-23)]), np.array([one]))
    assert r[0] == np.float32(1 + 2.0**-23)


def test_nearest_rates():
    """The documented approximations of the MKL functions stay within their rates."""
    d = _load("mkl_reference")
    for name, (fn, rate) in vecmath.NEAREST.items():
        x, want = d[f"x_{name}"], d[f"y_{name}"]
        got = fn(x)
        both_nan = np.isnan(got) & np.isnan(want.view(np.float32))
        mism = np.mean((got.view(np.uint32) != want) & ~both_nan)
        assert mism <= rate * 1.5 + 0.002, (name, mism, rate)


@pytest.mark.parametrize("e", [2, 3, -1, -2, -0.5])
def test_pow_scalar(e):
    d = _load("pow_scalar")
    got = vecmath.pow_scalar(d["x"], e)
    _assert_bits(got, d[f"y_{e}"], d["x"])
    _assert_bits(got, d[f"ys_xor_{e}"] ^ d[f"y_{e}"], d["x"])
    assert vecmath.pow_scalar(d["x"], 0.5) is None and vecmath.pow_scalar(d["x"], 1.5) is None


def test_tanh_rounded_equals_double_evaluation():
    """The fast float32 tanh is the double-precision tanh rounded once, bit for bit: a
    sweep of float32 bit patterns over every magnitude (both signs), the branch edge at
    2**-5, random inputs at many scales, and the special values."""
    pos = np.arange(0, 0x7F800000, 997, dtype=np.int64).astype(np.uint32).view(np.float32)
    edge = np.float32(0.03125)
    near = np.nextafter(np.full(64, edge), np.float32(0)) * np.linspace(0.999, 1.001, 64)
    rng = np.random.default_rng(5)
    scaled = np.concatenate([(rng.standard_normal(100_000) * s).astype(np.float32)
                             for s in (1e-6, 0.01, 0.05, 0.3, 1, 4, 12)])
    special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, 3.4e38, 9.0, 9.01], np.float32)
    x = np.concatenate([pos, -pos, near.astype(np.float32), scaled, special])
    want = np.tanh(x.astype(np.float64)).astype(np.float32)
    _assert_bits(vecmath.tanh_rounded(x), want.view(np.uint32), x)
    for v in (0.5, -1e-7, 0.0):                                # 0-d arrays
        got = vecmath.tanh_rounded(np.array(v, np.float32))
        assert got.shape == () and got == np.float32(np.tanh(np.float32(v).astype(np.float64)))
    # strided, transposed and flipped inputs: same values, same shape
    base = np.concatenate([scaled[:9000], scaled[-9000:]]).reshape(120, 150)  # both branches
    for m in (base[:, ::2], base.T, base[::-1, ::-3], base.reshape(4, 5, 900).transpose(2, 0, 1)):
        assert m.size >= 4096                                      # past the small-size path
        got = vecmath.tanh_rounded(m)
        assert got.shape == m.shape
        want = np.tanh(m.astype(np.float64)).astype(np.float32)
        _assert_bits(np.ascontiguousarray(got), np.ascontiguousarray(want).view(np.uint32), m)


def test_tanh_rounded_against_torch():
    d = _load("mkl_reference")
    x, want = d["x_tanh"], d["y_tanh"]
    mism = [np.count_nonzero((y.view(np.uint32) != want) & ~(np.isnan(y) & np.isnan(want.view(np.float32))))
            for y in (vecmath.tanh_rounded(x), vecmath.NEAREST["tanh"][0](x))]
    assert mism[0] <= mism[1] <= 0.002 * x.size, mism
