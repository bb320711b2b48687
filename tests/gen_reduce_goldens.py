"""Generate tests/golden/reduce/*.json with the torch oracle (needs torch; tests never import it).

    /work/shared/oracle/torch-oracle tests/gen_reduce_goldens.py

Inputs are rebuilt by the tests from (shape, seed, layout) with ``make_input`` below, so only
the expected results are stored: as the hex of the raw little-endian bytes for small
outputs and as a SHA-256 of those bytes for large ones.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden", "reduce")
HEX_LIMIT = 256          # outputs with more elements are stored as a hash


def make_input(shape, seed: int, dtype=np.float32) -> np.ndarray:
    """Deterministic pseudo-random values in +-[1/8, 16) of every sign: splitmix64 on the index.

    Element i depends only on (i, seed), so a smaller input is a prefix of a larger one."""
    n = int(np.prod(shape, dtype=np.int64))
    z = np.arange(n, dtype=np.uint64) + np.uint64((seed * 0x9E3779B97F4A7C15 + 12345) % 2**64)
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    z = z ^ (z >> np.uint64(31))
    u = (z >> np.uint64(11)).astype(np.float64) / 2.0**53          # [0, 1)
    scale = np.exp2(((z >> np.uint64(3)) % np.uint64(8)).astype(np.float64) - 3.0)
    return ((2.0 * u - 1.0) * scale).astype(dtype).reshape(shape)


def apply_layout(x, layout: str):
    """The same view on a NumPy array or a torch tensor (both spell these identically)."""
    if layout == "c":
        return x
    if layout == "T":                        # all dims reversed
        return x.permute(*reversed(range(x.ndim))) if hasattr(x, "permute") else x.transpose()
    if layout == "step2":                    # every other element of the last dim
        return x[..., ::2]
    if layout == "rows3":                    # every third element of the first dim
        return x[::3]
    if layout == "offset":                   # drop the first row and the first two columns
        return x[1:, 2:]
    if layout == "Tstep2":
        return apply_layout(x, "T")[::2]
    if layout == "Toffset":
        return apply_layout(x, "T")[1:, 2:]
    raise ValueError(layout)


def encode(arr: np.ndarray) -> dict:
    arr = np.array(arr, order="C")          # (ascontiguousarray would make 0-d arrays 1-d)
    raw = arr.astype(arr.dtype.newbyteorder("<")).tobytes()
    out = {"shape": list(arr.shape), "dtype": str(arr.dtype)}
    if arr.size <= HEX_LIMIT:
        out["hex"] = raw.hex()
    else:
        out["sha256"] = hashlib.sha256(raw).hexdigest()
    return out


# ------------------------------------------------------------------------------ case lists

def cases_1d():
    lengths = sorted(set(list(range(0, 301)) + list(range(301, 5001, 37))
                         + [k * 2**p + d for p in range(9, 13) for k in (1, 3) for d in (-1, 0, 1)]
                         + [4999, 5000]))
    big = [32767, 32768, 32769, 40000, 65535, 65536, 65537, 100000, 123457, 262144,
           1000000, 1048577, 3000001]
    out = []
    for n in lengths:
        for seed in (1, 2):
            out.append({"op": "sum", "shape": [n], "seed": seed})
        out.append({"op": "mean", "shape": [n], "seed": 3})
    for n in big:
        out.append({"op": "sum", "shape": [n], "seed": 4})
        out.append({"op": "mean", "shape": [n], "seed": 4})
    return out


SHAPES_2D = [(3, 1000), (1000, 3), (64, 64), (5, 7), (7, 5), (1000, 5), (5, 1000), (33, 100),
             (100, 33), (17, 16), (16, 17), (128, 130), (200, 8), (8, 200), (2, 2), (300, 67),
             (67, 300), (10, 1), (1, 10), (3, 40), (40, 3), (8, 8), (5, 17), (17, 5), (6, 70),
             (70, 6), (1000, 36), (1000, 37), (2000, 20), (5000, 7), (1000, 68), (300, 200),
             (40000, 3), (3, 40000), (600000, 4), (20000, 40)]


def cases_2d():
    out = []
    for shape in SHAPES_2D:
        for dims in ([0], [1], None):
            out.append({"op": "sum", "shape": list(shape), "seed": 6, "dims": dims})
            out.append({"op": "mean", "shape": list(shape), "seed": 6, "dims": dims})
        out.append({"op": "sum", "shape": list(shape), "seed": 6, "dims": [-1], "keepdim": True})
    return out


SHAPES_ND = [(4, 5, 6), (3, 40, 7), (2, 1000, 36), (40, 1000, 36), (9, 10, 11, 12), (7, 3, 9),
             (50, 2, 30), (16, 16, 16), (5, 33, 3, 9), (100, 100, 4), (8, 1, 9), (2, 3, 4, 5, 6)]


def cases_nd():
    from itertools import combinations
    out = []
    for shape in SHAPES_ND:
        nd = len(shape)
        for k in range(1, nd + 1):
            for dims in combinations(range(nd), k):
                out.append({"op": "sum", "shape": list(shape), "seed": 9, "dims": list(dims)})
        out.append({"op": "mean", "shape": list(shape), "seed": 10, "dims": [0, nd - 1],
                    "keepdim": True})
    return out


def cases_layout():
    out = []
    for shape in [(30, 50), (300, 200), (7, 9), (200, 300), (6, 7, 8), (20, 3000), (400, 300),
                  (60, 40, 30), (9, 8000)]:
        for layout in ("T", "step2", "rows3", "offset", "Tstep2", "Toffset"):
            for dims in (None, [0], [1]):
                out.append({"op": "sum", "shape": list(shape), "seed": 11, "layout": layout,
                            "dims": dims})
    for layout in ("T", "Toffset", "step2"):       # full sums of >= 32768 strided elements
        out.append({"op": "sum", "shape": [70, 40, 30], "seed": 19, "layout": layout,
                    "dims": [0, 1, 2]})
        out.append({"op": "mean", "shape": [70, 40, 30], "seed": 19, "layout": layout})
    return out


def cases_split():
    """Partial sums of >= 32768 strided elements: which kept dim the 2 threads split, and
    where the kernel's column groups restart (reductions.md leaves this open)."""
    out = []
    pairs = [(2, 75), (75, 75), (76, 75), (74, 75), (100, 75), (150, 75), (75, 150), (3, 200),
             (200, 3), (9, 9), (9, 7), (7, 9), (5, 13), (13, 5), (40, 41), (41, 40)]
    for a, c in pairs:
        r = max(2, -(-40000 // (a * c)))
        for shape, dims, layout in [((a, r, 2 * c), [1], "step2"), ((r, a, 2 * c), [0], "step2"),
                                    ((a, r, 2 * c), [1], "c")]:
            out.append({"op": "sum", "shape": list(shape), "seed": 20, "dims": dims,
                        "layout": layout})
    for a, b, c in [(3, 50, 7), (50, 3, 7), (7, 3, 50), (20, 20, 20)]:
        r = max(2, -(-40000 // (a * b * c)))
        out.append({"op": "sum", "shape": [a, b, r, 2 * c], "seed": 21, "dims": [2],
                    "layout": "step2"})
        out.append({"op": "mean", "shape": [a, b, r, 2 * c], "seed": 22, "dims": [0, 2],
                    "layout": "step2"})
    return out


def cases_f64():
    out = []
    for n in list(range(0, 130)) + [1000, 4097, 32768, 100000, 1000001]:
        out.append({"op": "sum64", "shape": [n], "seed": 12})
    for n in (3, 100, 5000):
        out.append({"op": "mean64", "shape": [n], "seed": 13})
    for shape in SHAPES_2D[:20] + [(40, 3), (3, 40), (1000, 20)]:
        for dims in ([0], [1]):
            out.append({"op": "sum64", "shape": list(shape), "seed": 14, "dims": dims})
    for shape in [(4, 5, 6), (9, 10, 11, 12)]:
        out.append({"op": "sum64", "shape": list(shape), "seed": 15, "dims": [0, 2]})
    return out


def cases_cumsum():
    out = []
    for n in (0, 1, 2, 7, 8, 100, 1000, 5000, 100000):
        out.append({"op": "cumsum", "shape": [n], "seed": 16, "dims": [0]})
    for shape, dims in [((300, 70), [0]), ((300, 70), [1]), ((300, 70), [-1]),
                        ((4, 5, 6), [1]), ((4, 5, 6), [2]), ((4, 5, 6), [0])]:
        out.append({"op": "cumsum", "shape": list(shape), "seed": 17, "dims": dims})
    out.append({"op": "cumsum64", "shape": [3000], "seed": 18, "dims": [0]})
    return out


def special_inputs():
    """Hand-picked inputs (stored as values): signed zeros, infinities, overflow, nan."""
    big = 3.0e38
    return [
        ("negzero1", [-0.0]),
        ("negzero10", [-0.0] * 10),
        ("inf_ninf", [float("inf"), 1.0, float("-inf")]),
        ("overflow", [big] * 12 + [-big] * 12),
        ("overflow2", [big, big, -big, -big, big, -big, big, -big, big] * 3),
        ("nan", [1.0, float("nan"), 2.0]),
        ("tiny", [1e-45] * 33),
        ("cancel", [1e8, 1.0, -1e8, 1.0] * 9),
    ]


# ------------------------------------------------------------------------------ torch side

def torch_result(torch, case, x):
    op = case["op"]
    dims = case.get("dims")
    keepdim = case.get("keepdim", False)
    if op.startswith("cumsum"):
        return torch.cumsum(x, dims[0])
    fn = torch.sum if op.startswith("sum") else torch.mean
    if dims is None:
        return fn(x)
    return fn(x, dim=tuple(dims), keepdim=keepdim)


def vector_base(n: int, c: str, fn: str) -> np.ndarray:
    """float32 ``sin``/``cos`` of ``arange(n) * c`` rounded from float64 (torch agrees ~97%)."""
    arg = np.arange(n, dtype=np.float32) * np.float32(float(c))
    return getattr(np, fn)(arg.astype(np.float64)).astype(np.float32)


VECTOR_MAX_N = 100000     # larger vector inputs need too many patches to store


def vector_inputs(torch):
    """For each vector of reduction_vectors.jsonl built as (arange * c).sin()/cos() [+ 0.25 | *
    1000.0]: the few elements where torch's sin/cos differs from ``vector_base`` (as pairs
    index, ulp difference) and a SHA-256 of torch's final input, so a test can rebuild it."""
    src = os.path.join(GOLDEN, "reduction_vectors.jsonl")
    out = {}
    for line in open(src):
        vec = json.loads(line)
        first = vec["code"].split("\n")[1].split(";")[0]
        m = VECTOR_INPUT.search(first)
        if not first.startswith("x = ") or not m:
            continue
        n, c, fn, extra = int(m.group(1)), m.group(2), m.group(3), m.group(4) or ""
        t = getattr(torch.arange(n, dtype=torch.float32) * float(c), fn)()
        base = vector_base(n, c, fn)
        diff = t.numpy().view(np.int32).astype(np.int64) - base.view(np.int32)
        idx = np.nonzero(diff)[0]
        if extra == " + 0.25":
            t = t + 0.25
        elif extra == " * 1000.0":
            t = t * 1000.0
        entry = {"n": n, "c": c, "fn": fn, "extra": extra,
                 "sha256": hashlib.sha256(t.numpy().tobytes()).hexdigest()}
        if n <= VECTOR_MAX_N:
            entry["patch"] = np.stack([idx, diff[idx]], 1).ravel().tolist()
        out[vec["id"]] = entry
    return out


VECTOR_INPUT = re.compile(r"\(torch\.arange\((\d+), dtype=torch\.float32\) \* ([0-9.]+)\)"
                          r"\.(sin|cos)\(\)( \+ 0\.25| \* 1000\.0)?")


def main():
    import shutil
    import torch

    assert torch.get_num_threads() == 2, "goldens assume torch's 2 threads"
    os.makedirs(GOLDEN, exist_ok=True)
    shutil.copy("/work/shared/reference/reduction_vectors.jsonl", GOLDEN)
    groups = {"1d": cases_1d(), "2d": cases_2d(), "nd": cases_nd(), "layout": cases_layout(),
              "split": cases_split(),
              "f64": cases_f64(), "cumsum": cases_cumsum()}
    for name, cases in groups.items():
        for case in cases:
            dtype = np.float64 if case["op"].endswith("64") else np.float32
            base = make_input(tuple(case["shape"]), case["seed"], dtype)
            x = apply_layout(torch.from_numpy(base), case.get("layout", "c"))
            case["expected"] = encode(torch_result(torch, case, x).numpy())
        with open(os.path.join(GOLDEN, f"cases_{name}.json"), "w") as fh:
            json.dump(cases, fh, indent=0)
        print(name, len(cases), file=sys.stderr)
    special = []
    for name, values in special_inputs():
        x = torch.tensor(values, dtype=torch.float32)
        special.append({"name": name, "values": [repr(v) for v in values],
                        "sum": encode(x.sum().numpy()), "mean": encode(x.mean().numpy()),
                        "sum2d": encode(x.reshape(-1, 1).expand(-1, 3).contiguous().sum(0).numpy())})
    with open(os.path.join(GOLDEN, "cases_special.json"), "w") as fh:
        json.dump(special, fh, indent=0)
    with open(os.path.join(GOLDEN, "vector_inputs.json"), "w") as fh:
        json.dump(vector_inputs(torch), fh, indent=0)


if __name__ == "__main__":
    main()
