"""Generate tests/golden/vecmath/*.npz with real PyTorch (run under the oracle):

    /work/shared/oracle/torch-oracle tests/gen_vecmath_goldens.py

Every file holds float32 inputs ``x_<case>`` and torch's outputs ``y_<case>`` as
uint32 bit patterns, plus ``threads`` (torch.get_num_threads() at generation).
Inputs come from a seeded NumPy generator and cover the special ranges.
"""

from __future__ import annotations

import os
import sys

import numpy as np
import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden", "vecmath")

SPECIALS = np.array([
    0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, -1e-45, 1.1754942e-38, -1.1754942e-38,
    1.1754944e-38, 88.72, 88.7228, 88.72284, 88.73, 89.0, 100.0, 100.1, -87.3, -88.0,
    -103.9, -103.97, -104.0, -104.1, -110.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-8, -1e-8,
    1e30, -1e30, 3.4028235e38, -3.4028235e38, 9.0, 9.1, -9.1, 15.0, -15.0, 16.7, -16.7,
    17.0, -17.0, 30.0, -30.0, 127.9, 128.0, -126.5, -149.0, -150.0, -150.5],
    dtype=np.float32)


def mixed_inputs(rng: np.random.Generator, n: int, lo: float, hi: float) -> np.ndarray:
    """n float32 values: specials, the op's main range, wide ranges, random bits."""
    k = (n - SPECIALS.size) // 6
    parts = [
        SPECIALS,
        rng.uniform(lo, hi, 2 * k),
        rng.uniform(-1, 1, k) * 10.0 ** rng.uniform(-8, 0, k),
        rng.uniform(-110, 110, k),
        np.exp(rng.uniform(-40, 40, k)) * rng.choice([-1, 1], k),
    ]
    bits = rng.integers(0, 2**32, n - SPECIALS.size - 5 * k, dtype=np.uint64).astype(np.uint32)
    with np.errstate(invalid="ignore"):
        parts.append(bits.view(np.float32))
    x = np.concatenate([p.astype(np.float32) for p in parts])
    x[np.isnan(x)] = np.float32(np.nan)  # canonical quiet NaN
    return rng.permutation(x).astype(np.float32)


def bits(t: torch.Tensor) -> np.ndarray:
    return t.contiguous().numpy().view(np.uint32).copy()


def gen_two_path(name: str, fn, rng: np.random.Generator, lo: float, hi: float) -> dict:
    """Cases for a kernel with a vector path and a scalar tail (position dependent)."""
    data: dict[str, np.ndarray] = {}
    x = mixed_inputs(rng, 20011, lo, hi)  # 20011 % 16 == 11 -> scalar tail
    data["x_contig"], data["y_contig"] = x, bits(fn(torch.from_numpy(x)))
    strided = torch.from_numpy(np.repeat(x, 2))[::2]  # non-contiguous: scalar path only
    data["x_scalar"], data["y_scalar"] = x, bits(fn(strided))
    short = x[:40]
    data["x_short"] = short
    data["y_short"] = np.concatenate([bits(fn(torch.from_numpy(short[:n].copy()))) for n in range(1, 41)])
    base = rng.uniform(lo, hi, 4096).astype(np.float32)
    big = np.tile(base, 18)[:70001]  # > grain size: split between threads
    data["x_chunked"], data["y_chunked"] = base, bits(fn(torch.from_numpy(big)))
    grid = torch.from_numpy(np.tile(base, 5)[:500 * 40].reshape(500, 40).copy())
    data["x_inner37"], data["y_inner37"] = base, bits(fn(grid[:, :37]))
    return data


def gen_plain(fn, rng: np.random.Generator, lo: float, hi: float, n: int = 5011) -> dict:
    x = mixed_inputs(rng, n, lo, hi)
    return {"x_contig": x, "y_contig": bits(fn(torch.from_numpy(x)))}


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    threads = np.int64(torch.get_num_threads())
    exact = {"sigmoid": (torch.sigmoid, -20.0, 20.0, 20240),
             "silu": (torch.nn.functional.silu, -20.0, 20.0, 20241),
             "exp2": (torch.exp2, -30.0, 30.0, 20242)}
    for name, (fn, lo, hi, seed) in exact.items():
        rng = np.random.default_rng(seed)
        data = gen_two_path(name, fn, rng, lo, hi)
        np.savez_compressed(os.path.join(OUT, f"{name}.npz"), threads=threads, **data)
    plain = {"rsqrt": (torch.rsqrt, 1e-3, 10.0, 4321)}
    for name, (fn, lo, hi, seed) in plain.items():
        rng = np.random.default_rng(seed)
        data = gen_plain(fn, rng, lo, hi, 20011)
        strided = torch.from_numpy(np.repeat(data["x_contig"], 2))[::2]
        data["x_scalar"], data["y_scalar"] = data["x_contig"], bits(fn(strided))
        np.savez_compressed(os.path.join(OUT, f"{name}.npz"), threads=threads, **data)
    rng = np.random.default_rng(99)
    x = mixed_inputs(rng, 20011, -5.0, 5.0)
    data = {"x": x}
    for e in (2, 3, -1, -2, -0.5):
        data[f"y_{e}"] = bits(torch.pow(torch.from_numpy(x), e))
        # scalar path stored as XOR against the vector path (all zero: compresses away)
        data[f"ys_xor_{e}"] = bits(torch.pow(torch.from_numpy(np.repeat(x, 2))[::2], e)) ^ data[f"y_{e}"]
    np.savez_compressed(os.path.join(OUT, "pow_scalar.npz"), threads=threads, **data)
    # torch outputs of the (not bit-exact) MKL functions, for the NEAREST checks
    ref = {"exp": (-20, 20), "log": (1e-3, 100), "tanh": (-5, 5), "sin": (-10, 10),
           "cos": (-10, 10), "sqrt": (0.1, 5), "log2": (1e-3, 100), "log10": (1e-3, 100),
           "expm1": (-5, 5), "log1p": (-0.9, 10)}
    data = {}
    for i, (name, (lo, hi)) in enumerate(ref.items()):
        rng = np.random.default_rng(777 + i)
        case = gen_plain(getattr(torch, name), rng, lo, hi)
        data[f"x_{name}"], data[f"y_{name}"] = case["x_contig"], case["y_contig"]
    np.savez_compressed(os.path.join(OUT, "mkl_reference.npz"), threads=threads, **data)
    print("wrote", sorted(os.listdir(OUT)), "threads", int(threads), file=sys.stderr)


if __name__ == "__main__":
    main()
