"""Generate tests/golden/print_corpus.jsonl: random tensors printed by real PyTorch.

    python3 tests/gen_print_corpus.py [--count 1200] [--seed 20240513] [--oracle PATH]

Each entry is a seeded random tensor (ranks 0-4, zero-size dims, mixed magnitudes,
nan/inf/-0., integer-valued floats, float32/float64/int64/int32/bool, a few
float16/int16/int8/uint8), random print options,
and sometimes requires_grad, a grad_fn or nn.Parameter. For every entry we write a small PyTorch script
(`code`) that rebuilds the tensor from exact literals and prints it; all scripts run in one
oracle process (each with fresh print options), which also checks that the tensor it built
holds exactly the intended values. Stored per entry:

    id, dtype, shape, values (flat; floats as repr() strings, ints, bools), options
    (set_printoptions kwargs), grad_fn (class name or null), requires_grad, parameter
    (an nn.Parameter: printed with format_parameter), code, expected

This script needs the oracle (real torch); the tests only read the committed output.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "golden", "print_corpus.jsonl")
ORACLE = "/work/shared/oracle/torch-oracle"

# Runs inside the oracle: execute every snippet with fresh options, capture stdout, and
# check the printed tensor `t` holds exactly the intended values.
ORACLE_RUNNER = r'''
import contextlib, io, json, math, sys
import torch
entries = json.load(open(sys.argv[1]))
out = []
for e in entries:
    torch.set_printoptions(profile="default")
    torch.set_default_dtype(torch.float32)
    buf = io.StringIO()
    ns = {}
    with contextlib.redirect_stdout(buf):
        exec(e["code"], ns)
    t = ns["t"]
    assert str(t.dtype) == "torch." + e["dtype"], (e["id"], t.dtype)
    assert list(t.shape) == e["shape"], (e["id"], t.shape)
    got = t.detach().reshape(-1).tolist()
    if e["dtype"].startswith("float"):
        want = [float(v) for v in e["values"]]
        same = all((math.isnan(a) and math.isnan(b)) or
                   (a == b and math.copysign(1, a) == math.copysign(1, b))
                   for a, b in zip(got, want))
    else:
        want = e["values"]
        same = got == want
    assert same and len(got) == len(want), e["id"]
    gf = t.grad_fn
    assert (type(gf).__name__ if gf is not None else None) == e["grad_fn"], e["id"]
    assert t.requires_grad == (e["requires_grad"] or e["grad_fn"] is not None), e["id"]
    out.append(buf.getvalue())
json.dump(out, sys.stdout)
'''

FLOATS = ("float32", "float64", "float16")
DTYPE_WEIGHTS = [("float32", 52), ("float64", 19), ("int64", 11), ("int32", 7), ("bool", 6),
                 ("float16", 2), ("int16", 1), ("int8", 1), ("uint8", 1)]
GRAD_OPS = {"MulBackward0": "x * 1", "CloneBackward0": "x.clone()",
            "NegBackward0": "-(-x)"}


def pick_weighted(rnd, pairs):
    return rnd.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


# ---------------------------------------------------------------------------------------
# shapes and options


def pick_options(rnd):
    """set_printoptions kwargs (often none at all)."""
    opts = {}
    if rnd.random() < 0.35:
        return opts
    if rnd.random() < 0.08:
        opts["profile"] = rnd.choice(["default", "short", "full"])
    if rnd.random() < 0.4:
        opts["precision"] = rnd.randint(0, 8)
    if rnd.random() < 0.45:
        opts["threshold"] = rnd.choice([0, 3, 5, 10, 20, 50, 100, 1000])
    if rnd.random() < 0.35:
        opts["edgeitems"] = rnd.choice([1, 1, 2, 2, 3, 4, 0])
    if rnd.random() < 0.4:
        opts["linewidth"] = rnd.choice([10, 20, 30, 40, 50, 60, 70, 79, 80, 81, 100, 120])
    if rnd.random() < 0.35:
        opts["sci_mode"] = rnd.choice([True, False])
    return opts


def effective_threshold(opts):
    if "threshold" in opts:
        return opts["threshold"]
    return math.inf if opts.get("profile") == "full" else 1000


def pick_shape(rnd, threshold):
    ndim = rnd.choices([0, 1, 2, 3, 4], [10, 35, 30, 15, 10])[0]
    if ndim == 0:
        return []
    if rnd.random() < 0.08:  # an empty tensor
        shape = [rnd.randint(0, 4) for _ in range(ndim)]
        shape[rnd.randrange(ndim)] = 0
        return shape
    want_big = threshold < math.inf and rnd.random() < (0.5 if threshold <= 100 else 0.03)
    limit = {1: 30, 2: 9, 3: 5, 4: 4}[ndim]
    for _ in range(1000):
        shape = [rnd.randint(1, limit) for _ in range(ndim)]
        if want_big:
            # grow random dims until the tensor is summarised
            while math.prod(shape) <= threshold:
                d = rnd.randrange(ndim)
                shape[d] = shape[d] * 2 + rnd.randint(0, 3)
            if math.prod(shape) < 1400:
                return shape
        elif math.prod(shape) <= 400:
            return shape
    return [3] * ndim


# ---------------------------------------------------------------------------------------
# values


def float_values(rnd, nprng, n, dtype):
    """n floats (Python floats holding values exactly representable in dtype)."""
    kind = rnd.choice(["normal", "normal", "ints", "decimals", "mixed", "tiny", "huge",
                       "edges", "ties", "specials", "zeros", "small_ints"])
    big_exp = {"float32": 37, "float64": 300, "float16": 4}[dtype]
    tiny_exp = {"float32": -40, "float64": -300, "float16": -7}[dtype]
    if kind == "normal":
        v = nprng.standard_normal(n) * 10.0 ** rnd.uniform(-6, 9)
    elif kind == "ints":
        v = np.round(nprng.standard_normal(n) * 10.0 ** rnd.randint(0, 9))
    elif kind == "small_ints":
        v = nprng.integers(-9, 10, n).astype(np.float64)
    elif kind == "decimals":
        v = np.round(nprng.uniform(-100, 100, n), rnd.randint(0, 5))
    elif kind == "mixed":
        v = nprng.choice([-1.0, 1.0], n) * 10.0 ** nprng.uniform(-12, 12, n)
    elif kind == "tiny":
        v = nprng.standard_normal(n) * 10.0 ** rnd.uniform(tiny_exp, -4)
    elif kind == "huge":
        v = nprng.standard_normal(n) * 10.0 ** rnd.uniform(min(7, big_exp - 1), big_exp)
    elif kind == "edges":
        pool = [1000.0, 1.0, 1001.0, 1e8, 100000008.0, 1e-4, 1.0001e-4, 9.9999e-5, 0.001,
                123456789.0, 99999999.0, 0.5, 2.0, 1e3 + 0.5, 999.5, 0.0999]
        v = np.array([rnd.choice(pool) * rnd.choice([1, -1]) for _ in range(n)])
    elif kind == "ties":
        v = np.array([rnd.randint(-4000, 4000) / 2.0 ** rnd.randint(1, 14) for _ in range(n)])
        v = v + np.array([rnd.choice([0.0, 0.0, 9.99995, 0.99995, 1e-5]) for _ in range(n)])
    elif kind == "zeros":
        v = np.zeros(n)
    else:  # specials
        v = nprng.standard_normal(n) * rnd.choice([1.0, 100.0, 1e-3])
    arr = v.astype(np.float64)
    # sprinkle nan / inf / zeros / -0.
    p = rnd.choice([0.0, 0.0, 0.1, 0.3, 0.8]) if kind != "specials" else rnd.choice([0.5, 1.0])
    if p and n:
        mask = nprng.random(n) < p
        arr[mask] = nprng.choice([np.nan, np.inf, -np.inf, 0.0, -0.0], int(mask.sum()))
    with np.errstate(over="ignore"):
        arr = arr.astype(np.dtype(dtype))
    return [float(x) for x in arr.tolist()]


def int_values(rnd, nprng, n, dtype):
    if dtype == "bool":
        p = rnd.choice([0.0, 0.5, 1.0, 0.2])
        return [bool(x) for x in (nprng.random(n) < p)]
    info = np.iinfo(np.dtype(dtype))
    kind = rnd.choice(["small", "mid", "wide", "extreme"])
    if kind == "small":
        v = nprng.integers(-10, 11, n)
    elif kind == "mid":
        v = nprng.integers(-100000, 100000, n)
    elif kind == "wide":
        v = (nprng.standard_normal(n) * 10.0 ** rnd.randint(1, 15)).astype(np.int64)
    else:
        v = nprng.choice([info.min, info.max, 0, -1, 1], n)
    return [int(x) for x in np.clip(v, info.min, info.max)]


# ---------------------------------------------------------------------------------------
# the rebuild script


def literal(v, dtype):
    if dtype in FLOATS:
        if math.isnan(v):
            return "float('nan')"
        if math.isinf(v):
            return "float('inf')" if v > 0 else "-float('inf')"
        return repr(v)
    return repr(v)


def make_code(entry):
    dtype, shape, vals = entry["dtype"], entry["shape"], entry["values"]
    lines = ["import torch"]
    if entry["options"]:
        kw = ", ".join("{}={!r}".format(k, v) for k, v in entry["options"].items())
        lines.append("torch.set_printoptions({})".format(kw))
    if dtype in FLOATS:
        lits = [literal(float(s), dtype) for s in vals]
    else:
        lits = [literal(v, dtype) for v in vals]
    if not shape:
        src = "torch.tensor({}, dtype=torch.{})".format(lits[0], dtype)
    else:
        src = "torch.tensor([{}], dtype=torch.{})".format(", ".join(lits), dtype)
        if len(shape) > 1:
            src += ".reshape({})".format(", ".join(map(str, shape)))
    if entry["parameter"]:
        rg = "" if entry["requires_grad"] else ", requires_grad=False"
        lines.append("t = torch.nn.Parameter({}{})".format(src, rg))
    elif entry["grad_fn"] is not None:
        lines.append("x = {}.requires_grad_()".format(src))
        lines.append("t = " + GRAD_OPS[entry["grad_fn"]])
    elif entry["requires_grad"]:
        lines.append("t = {}.requires_grad_()".format(src))
    else:
        lines.append("t = " + src)
    lines.append("print(t)")
    return "\n".join(lines) + "\n"


def make_entry(i, rnd, nprng):
    dtype = pick_weighted(rnd, DTYPE_WEIGHTS)
    opts = pick_options(rnd)
    shape = pick_shape(rnd, effective_threshold(opts))
    n = math.prod(shape)
    if dtype in FLOATS:
        vals = [repr(v) for v in float_values(rnd, nprng, n, dtype)]
        r = rnd.random()
        grad_fn = rnd.choice(sorted(GRAD_OPS)) if r < 0.12 else None
        requires_grad = 0.12 <= r < 0.25
        parameter = 0.25 <= r < 0.28
        if parameter:
            requires_grad = rnd.random() < 0.8
    else:
        vals = int_values(rnd, nprng, n, dtype)
        grad_fn, requires_grad, parameter = None, False, False
    entry = {"id": "c{:04d}".format(i), "dtype": dtype, "shape": shape, "values": vals,
             "options": opts, "grad_fn": grad_fn, "requires_grad": requires_grad,
             "parameter": parameter}
    entry["code"] = make_code(entry)
    return entry


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1200)
    ap.add_argument("--seed", type=int, default=20240513)
    ap.add_argument("--oracle", default=ORACLE)
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args(argv)
    rnd = random.Random(args.seed)
    nprng = np.random.default_rng(args.seed)
    entries = [make_entry(i, rnd, nprng) for i in range(args.count)]
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "entries.json")
        runner = os.path.join(tmp, "runner.py")
        with open(data, "w") as f:
            json.dump(entries, f)
        with open(runner, "w") as f:
            f.write(ORACLE_RUNNER)
        res = subprocess.run([args.oracle, runner, data], capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit("oracle failed:\n" + res.stderr[-3000:])
    outputs = json.loads(res.stdout)
    with open(args.out, "w") as f:
        for entry, text in zip(entries, outputs):
            assert text.endswith("\n")
            entry["expected"] = text[:-1]
            f.write(json.dumps(entry) + "\n")
    print("wrote {} entries to {} ({} bytes)".format(
        len(entries), args.out, os.path.getsize(args.out)))


if __name__ == "__main__":
    main()
