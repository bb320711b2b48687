"""Seeded random autograd programs: chains of 3-10 ops over 1-3 leaf tensors.

    python3 tests/gen_random_programs.py --seed S --count N --out DIR [--oracle]

Writes DIR/rpNNNNN.py (valid PyTorch scripts) and, with --oracle, DIR/rpNNNNN.expected:
what real PyTorch 2.13 prints for each (all programs run in ONE torch-oracle process, each
with fresh globals and its own torch.manual_seed, so the outputs equal separate runs).

Every program builds its leaves deterministically (literals with a few decimals, or
manual_seed + randn), chains random ops while the generator tracks shapes, dtypes and a
conservative value interval (so log/sqrt/division only see safe inputs), then prints the
result, its grad_fn name, its shape/dtype, calls backward() (on a sum/mean or with a
``gradient=`` tensor) and prints every leaf's ``.grad``. The body runs inside try/except
that prints ``exception: Type: message``; a small share of programs deliberately hit a
shape/dtype/autograd error so that error texts are compared too.

The committed set (tests/golden/random_programs/) is ``--seed 1 --count 520``.
"""
from __future__ import annotations

import argparse
import math
import random
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

ORACLE = "/work/shared/oracle/torch-oracle"
DEFAULT_OUT = Path(__file__).resolve().parent / "golden" / "random_programs"

HEAD = "import torch\nimport torch.nn.functional as F\ntorch.manual_seed({seed})\n"


@dataclass
class V:
    """What the generator knows about one tensor variable."""
    name: str
    shape: tuple | None          # None: 1-D of data-dependent length (after a bool mask)
    dtype: str = "float32"       # float32 | float64 | float16 | int64
    lo: float = -3.0             # conservative value interval
    hi: float = 3.0
    grad: bool = True            # requires grad
    leaf: bool = False
    contig: bool = True
    unsafe: bool = False         # in-place would break a saved tensor / a leaf view


def numel(shape):
    n = 1
    for s in shape:
        n *= s
    return n


def sh(shape):
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


def broadcast(a, b):
    out = []
    for i in range(1, max(len(a), len(b)) + 1):
        x = a[-i] if i <= len(a) else 1
        y = b[-i] if i <= len(b) else 1
        if x != y and x != 1 and y != 1:
            return None
        out.append(y if x == 1 else x)
    return tuple(reversed(out))


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed
        self.lines = []
        self.vars = []
        self.leaves = []
        self.count = 0
        self.errors = 0

    # ---------------------------------------------------------------- literals
    def num(self, lo=-2.0, hi=2.0, nd=None):
        nd = self.r.choice([1, 1, 2]) if nd is None else nd
        v = round(self.r.uniform(lo, hi), nd)
        return 0.0 if v == 0 else v

    def nested(self, shape, lo, hi, ints=False):
        if not shape:
            return repr(self.r.randint(int(lo), int(hi))) if ints else repr(self.num(lo, hi))
        return "[" + ", ".join(self.nested(shape[1:], lo, hi, ints) for _ in range(shape[0])) + "]"

    def const(self, shape, lo=-1.5, hi=1.5, dtype="float32"):
        """A constant tensor expression of the given shape (no grad)."""
        dt = "" if dtype == "float32" else f", dtype=torch.{dtype}"
        if 0 in shape:
            return f"torch.zeros({sh(shape)}{dt})"
        if numel(shape) <= 12 or self.r.random() < 0.3:
            return f"torch.tensor({self.nested(shape, lo, hi)}{dt})"
        n = numel(shape)
        return f"torch.linspace({lo}, {hi}, {n}{dt}).reshape({sh(shape)})"

    def fresh(self):
        self.count += 1
        return f"t{self.count}"

    def emit(self, line):
        self.lines.append("    " + line)

    # ---------------------------------------------------------------- leaves
    def make_leaves(self):
        r = self.r
        rank = r.choice([0, 1, 1, 2, 2, 2, 3, 3])
        dims = [r.choice([1, 2, 2, 3, 3, 4]) for _ in range(rank)]
        if rank and r.random() < 0.06:
            dims[r.randrange(rank)] = 0
        base = tuple(dims)
        n = r.choice([1, 1, 2, 2, 3])
        f64 = r.random() < 0.1
        out = []
        for i in range(n):
            name = "abc"[i]
            if i == 0:
                shape = base
            else:
                k = r.choice(["same", "drop", "ones", "same"])
                shape = list(base)
                if k == "drop" and shape:
                    shape = shape[r.randint(1, len(shape)):]
                elif k == "ones" and shape:
                    for j in range(len(shape)):
                        if r.random() < 0.5:
                            shape[j] = 1
                shape = tuple(shape)
            dtype = "float64" if (f64 and (i == 0 or r.random() < 0.5)) else "float32"
            dt = "" if dtype == "float32" else f", dtype=torch.{dtype}"
            style = r.random()
            if 0 in shape or style < 0.45:
                args = ", ".join(map(str, shape)) if shape else "()"
                lo, hi = -3.5, 3.5
                expr = f"torch.randn({args}{dt}, requires_grad=True)"
            elif style < 0.55 and shape:
                lo, hi = 0.5, 1.5
                args = ", ".join(map(str, shape))
                expr = f"(torch.rand({args}{dt}) + 0.5).requires_grad_()"
            else:
                lo, hi = -2.0, 2.0
                expr = f"torch.tensor({self.nested(shape, lo, hi)}{dt}, requires_grad=True)"
            self.lines.append(f"{name} = {expr}")
            v = V(name, shape, dtype, lo, hi, True, True)
            out.append(v)
        self.leaves = out
        self.vars = list(out)
        return out

    # ---------------------------------------------------------------- helpers
    def others(self, x, pred=None):
        c = [v for v in self.vars if v is not x and v.shape is not None and v.dtype != "int64"]
        return [v for v in c if pred is None or pred(v)]

    def dim(self, x, allow_none=False):
        if not x.shape:
            return None
        d = self.r.randrange(len(x.shape))
        if self.r.random() < 0.3:
            d -= len(x.shape)
        return d

    def new(self, x, expr, shape=..., **kw):
        name = self.fresh()
        self.emit(f"{name} = {expr}")
        v = replace(x, name=name, leaf=False, unsafe=False, contig=True,
                    shape=x.shape if shape is ... else shape)
        for k, val in kw.items():
            setattr(v, k, val)
        self.vars.append(v)
        return v

    # ---------------------------------------------------------------- op families
    def op_scalar(self, x):
        r = self.r
        c = self.num(0.5, 3.0) * r.choice([1, -1])
        lo, hi = x.lo, x.hi
        k = r.randrange(12)
        if k == 0:
            return self.new(x, f"{x.name} + {c}", lo=lo + c, hi=hi + c)
        if k == 1:
            return self.new(x, f"{c} + {x.name}", lo=lo + c, hi=hi + c)
        if k == 2:
            return self.new(x, f"{x.name} - {c}", lo=lo - c, hi=hi - c)
        if k == 3:
            return self.new(x, f"{c} - {x.name}", lo=c - hi, hi=c - lo)
        if k in (4, 5):
            e = f"{x.name} * {c}" if k == 4 else f"{c} * {x.name}"
            a, b = sorted((lo * c, hi * c))
            return self.new(x, e, lo=a, hi=b)
        if k == 6:
            a, b = sorted((lo / c, hi / c))
            return self.new(x, f"{x.name} / {c}", lo=a, hi=b)
        if k == 7 and (lo > 0.3 or hi < -0.3):
            a, b = sorted((c / lo, c / hi))
            return self.new(x, f"{c} / {x.name}", lo=a, hi=b)
        if k == 8:
            p = r.choice([2, 3]) if max(abs(lo), abs(hi)) < 4 else 2
            m = max(abs(lo), abs(hi)) ** p
            return self.new(x, f"{x.name} ** {p}", lo=-m if p == 3 else 0.0, hi=m)
        if k == 9 and lo > 0.2:
            return self.new(x, f"{x.name} ** 0.5", lo=math.sqrt(lo), hi=math.sqrt(hi))
        if k == 10:
            a = self.num(lo, hi) if hi > lo else 0.0
            form = r.randrange(3)
            if form == 0:
                return self.new(x, f"{x.name}.clamp(min={a})", lo=max(lo, a), hi=max(hi, a))
            if form == 1:
                return self.new(x, f"torch.clamp({x.name}, max={a})", lo=min(lo, a), hi=min(hi, a))
            b = round(a + abs(c), 2)
            return self.new(x, f"{x.name}.clamp({a}, {b})", lo=a, hi=b)
        if k == 11:
            a = self.num(lo, hi) if hi > lo else 0.0
            return self.new(x, f"torch.where({x.name} > {a}, {x.name}, {c})",
                            lo=min(lo, c), hi=max(hi, c))
        return self.new(x, f"{x.name}.add({c}, alpha=2)", lo=lo + 2 * c, hi=hi + 2 * c)

    def op_unary(self, x):
        r = self.r
        lo, hi = x.lo, x.hi
        m = max(abs(lo), abs(hi))
        cands = [
            ("torch.relu({})", max(lo, 0), max(hi, 0), True),
            ("{}.abs()", 0.0, m, False),
            ("-{}", -hi, -lo, False),
            ("torch.neg({})", -hi, -lo, False),
            ("{}.tanh()", -1.0, 1.0, True),
            ("torch.sigmoid({})", 0.0, 1.0, True),
            ("torch.sin({})", -1.0, 1.0, False),
            ("{}.cos()", -1.0, 1.0, False),
            ("{}.square()", 0.0, m * m, False),
            ("F.softplus({})", 0.0, max(hi, 0) + 0.7, False),
            ("F.elu({})", max(lo, -1.0), max(hi, 0), True),
            ("F.leaky_relu({}, 0.1)", min(lo, 0.1 * lo), max(hi, 0.1 * hi), False),
            ("F.silu({})", -0.3, max(hi, 0), False),
            ("F.hardtanh({})", max(lo, -1), min(hi, 1), False),
            ("F.relu6({})", 0.0, min(max(hi, 0), 6), False),
            ("F.gelu({})", -0.2, max(hi, 0), False),
            ("torch.sign({})", -1.0, 1.0, False),
            ("{}.floor()", math.floor(lo), math.floor(hi), False),
        ]
        if hi < 4:
            cands.append(("torch.exp({})", math.exp(lo), math.exp(hi), True))
            cands.append(("{}.expm1()", math.exp(lo) - 1, math.exp(hi) - 1, True))
        if lo > 0.1:
            cands.append(("torch.log({})", math.log(lo), math.log(hi), False))
            cands.append(("{}.sqrt()", math.sqrt(lo), math.sqrt(hi), True))
            cands.append(("{}.rsqrt()", 1 / math.sqrt(hi), 1 / math.sqrt(lo), True))
            cands.append(("{}.reciprocal()", 1 / hi, 1 / lo, True))
        if lo > -0.9:
            cands.append(("torch.log1p({})", math.log1p(lo), math.log1p(hi), False))
        fmt, a, b, saves = r.choice(cands)
        v = self.new(x, fmt.format(x.name), lo=a, hi=b)
        v.unsafe = saves
        return v

    def op_binary(self, x):
        r = self.r
        if x.shape is None:
            return None
        cands = self.others(x, lambda v: broadcast(v.shape, x.shape) is not None)
        if cands and r.random() < 0.7:
            y = r.choice(cands)
            ye = y.name
            ylo, yhi = y.lo, y.hi
            ydt = y.dtype
        else:
            shape = list(x.shape)
            for j in range(len(shape)):
                if r.random() < 0.3:
                    shape[j] = 1
            if shape and r.random() < 0.3:
                shape = shape[r.randint(1, len(shape)):]
            if r.random() < 0.15:
                shape = [r.choice([2, 3])] + shape
            ye = self.const(tuple(shape))
            ylo, yhi = -1.5, 1.5
            y = V(ye, tuple(shape), "float32", ylo, yhi, False)
            ydt = "float32"
        out_shape = broadcast(x.shape, y.shape)
        dtype = "float64" if "float64" in (x.dtype, ydt) else x.dtype
        k = r.randrange(9)
        xs = [x.lo, x.hi]
        ys = [ylo, yhi]
        prods = [a * b for a in xs for b in ys]
        grad = x.grad or y.grad
        kw = dict(shape=out_shape, dtype=dtype, grad=grad)
        if k == 0:
            return self.new(x, f"{x.name} + {ye}", lo=x.lo + ylo, hi=x.hi + yhi, **kw)
        if k == 1:
            return self.new(x, f"{ye} - {x.name}", lo=ylo - x.hi, hi=yhi - x.lo, **kw)
        if k in (2, 3):
            e = f"{x.name} * {ye}" if k == 2 else f"torch.mul({ye}, {x.name})"
            return self.new(x, e, lo=min(prods), hi=max(prods), **kw)
        if k == 4 and ylo > 0.3:
            q = [a / b for a in xs for b in ys]
            return self.new(x, f"{x.name} / {ye}", lo=min(q), hi=max(q), **kw)
        if k == 4:
            return self.new(x, f"{x.name} / ({ye}.abs() + 1)", lo=min(x.lo, 0),
                            hi=max(x.hi, 0), **kw)
        if k == 5:
            return self.new(x, f"torch.maximum({x.name}, {ye})", lo=max(x.lo, ylo),
                            hi=max(x.hi, yhi), **kw)
        if k == 6:
            return self.new(x, f"torch.minimum({ye}, {x.name})", lo=min(x.lo, ylo),
                            hi=min(x.hi, yhi), **kw)
        if k == 7:
            return self.new(x, f"torch.where({x.name} < {ye}, {x.name}, {ye})",
                            lo=min(x.lo, ylo), hi=max(x.hi, yhi), **kw)
        if x.dtype == ydt:
            return self.new(x, f"torch.lerp({x.name}, {ye}, 0.25)", lo=min(x.lo, ylo),
                            hi=max(x.hi, yhi), **kw)
        return self.new(x, f"{x.name} - {ye}", lo=x.lo - yhi, hi=x.hi - ylo, **kw)

    def op_reduce(self, x):
        r = self.r
        if x.shape is None or not x.shape or r.random() < 0.15:
            f = r.choice(["sum", "mean", "sum", "amax", "norm"])
            n = numel(x.shape) if x.shape is not None else 8
            m = max(abs(x.lo), abs(x.hi)) * max(n, 1)
            if f == "amax":
                return self.new(x, f"{x.name}.amax()", shape=(), lo=x.lo, hi=x.hi)
            return self.new(x, f"{x.name}.{f}()", shape=(), lo=-m, hi=m)
        d = self.dim(x)
        keep = r.random() < 0.4
        ks = ", keepdim=True" if keep else ""
        shape = list(x.shape)
        size = shape[d]
        if keep:
            shape[d] = 1
        else:
            del shape[d]
        shape = tuple(shape)
        m = max(abs(x.lo), abs(x.hi))
        n = max(size, 1)
        fam = r.randrange(11)
        if fam == 0:
            return self.new(x, f"{x.name}.sum({d}{ks})", shape=shape, lo=-m * n, hi=m * n)
        if fam == 1:
            return self.new(x, f"torch.sum({x.name}, dim={d}{ks})", shape=shape, lo=-m * n, hi=m * n)
        if fam == 2:
            return self.new(x, f"{x.name}.mean(dim={d}{ks})", shape=shape, lo=x.lo, hi=x.hi)
        if fam == 3:
            return self.new(x, f"{x.name}.amax({d}{ks})", shape=shape, lo=x.lo, hi=x.hi)
        if fam == 4:
            f = r.choice(["max", "min"])
            sel = r.choice([".values", "[0]"])
            return self.new(x, f"{x.name}.{f}({d}{ks}){sel}", shape=shape, lo=x.lo, hi=x.hi)
        if fam == 5 and m < 2.5 and size <= 4:
            p = m ** n
            return self.new(x, f"{x.name}.prod({d}{ks})", shape=shape, lo=-p, hi=p)
        if fam == 6:
            f = r.choice(["var", "std"])
            u = r.choice(["", ", unbiased=False", ", correction=0"])
            return self.new(x, f"{x.name}.{f}({d}{u}{ks})", shape=shape, lo=0.0, hi=m * m * 2)
        if fam == 7 and x.hi < 6:
            return self.new(x, f"torch.logsumexp({x.name}, {d}{ks})", shape=shape,
                            lo=x.lo, hi=x.hi + math.log(n))
        if fam == 8:
            p = r.choice(["", "p=1, ", "p=3, "])
            return self.new(x, f"{x.name}.norm({p}dim={d}{ks})", shape=shape, lo=0.0, hi=m * n)
        if fam == 9:
            return self.new(x, f"{x.name}.cumsum({d})", lo=-m * n, hi=m * n)
        if fam == 10 and x.lo > -0.9 and x.hi < 6:
            return self.new(x, f"{x.name}.log_softmax({d})", lo=x.lo - x.hi - math.log(n) - 1,
                            hi=0.0, unsafe=True)
        return self.new(x, f"torch.softmax({x.name}, dim={d})", lo=0.0, hi=1.0, unsafe=True)

    def factor_shape(self, n):
        r = self.r
        if n == 0:
            return r.choice([(0,), (0, 2), (2, 0), (1, 0, 3)])
        dims = []
        rest = n
        while rest > 1 and len(dims) < 3:
            divs = [d for d in range(2, rest + 1) if rest % d == 0]
            d = r.choice(divs)
            dims.append(d)
            rest //= d
        if rest > 1:
            dims[-1] *= rest
        if r.random() < 0.3:
            dims.insert(r.randrange(len(dims) + 1), 1)
        return tuple(dims)

    def op_view(self, x):
        r = self.r
        s = x.shape
        if s is None:
            return None
        k = r.randrange(14)
        view = dict(unsafe=x.unsafe or x.leaf)
        if k in (0, 1):
            t = self.factor_shape(numel(s))
            if t and r.random() < 0.3 and 0 not in t:
                j = r.randrange(len(t))
                spec = list(t)
                spec[j] = -1
            else:
                spec = list(t)
            f = "view" if (k == 1 and x.contig) else "reshape"
            return self.new(x, f"{x.name}.{f}({', '.join(map(str, spec)) or '()'})", shape=t,
                            **view)
        if k == 2:
            return self.new(x, f"{x.name}.flatten()", shape=(numel(s),), **view)
        if k == 3 and len(s) < 4:
            d = r.randint(-len(s) - 1, len(s))
            t = list(s)
            t.insert(d if d >= 0 else len(s) + 1 + d, 1)
            return self.new(x, f"{x.name}.unsqueeze({d})", shape=tuple(t), contig=x.contig, **view)
        if k == 4 and 1 in s:
            d = s.index(1)
            t = s[:d] + s[d + 1:]
            if r.random() < 0.5:
                return self.new(x, f"{x.name}.squeeze({d})", shape=t, contig=x.contig, **view)
            return self.new(x, f"{x.name}.squeeze()", shape=tuple(q for q in s if q != 1),
                            contig=x.contig, **view)
        if k == 5 and len(s) >= 2:
            a, b = r.sample(range(len(s)), 2)
            t = list(s)
            t[a], t[b] = t[b], t[a]
            if len(s) == 2 and r.random() < 0.4:
                return self.new(x, f"{x.name}.t()", shape=tuple(t), contig=False, **view)
            return self.new(x, f"{x.name}.transpose({a}, {b})", shape=tuple(t), contig=False,
                            **view)
        if k == 6 and len(s) >= 2:
            p = list(range(len(s)))
            r.shuffle(p)
            if r.random() < 0.3:
                return self.new(x, f"{x.name}.mT", shape=s[:-2] + (s[-1], s[-2]), contig=False,
                                **view)
            return self.new(x, f"{x.name}.permute({', '.join(map(str, p))})",
                            shape=tuple(s[i] for i in p), contig=False, **view)
        if k == 7 and len(s) < 4:
            t = [q if q != 1 else r.choice([1, 2, 3]) for q in s]
            if r.random() < 0.5:
                t = [2] + t
            off = len(t) - len(s)
            args = [("-1" if i >= off and q == s[i - off] and r.random() < 0.4 else str(q))
                    for i, q in enumerate(t)]
            return self.new(x, f"{x.name}.expand({', '.join(args) or '()'})", shape=tuple(t),
                            contig=False, **view)
        if k == 8 and s and s[0] > 0:
            d = self.dim(x)
            size = s[d]
            if size == 0:
                return None
            start = r.randrange(size)
            ln = r.randint(0 if r.random() < 0.1 else 1, size - start)
            t = list(s)
            t[d] = ln
            return self.new(x, f"{x.name}.narrow({d}, {start}, {ln})", shape=tuple(t),
                            contig=False, **view)
        if k == 9 and s and s[0] >= 2:
            n = r.choice([2, 3])
            d = 0
            chunks = []
            step = -(-s[0] // n)
            for st in range(0, s[0], step):
                chunks.append(min(step, s[0] - st))
            i = r.randrange(len(chunks))
            t = (chunks[i],) + s[1:]
            return self.new(x, f"{x.name}.chunk({n}, {d})[{i}]", shape=t, **view)
        if k == 10 and s and s[-1] >= 1:
            i = r.randrange(s[-1])
            return self.new(x, f"{x.name}.unbind(-1)[{i}]", shape=s[:-1], contig=False, **view)
        if k == 11 and not x.contig:
            return self.new(x, f"{x.name}.contiguous()")
        if k == 12 and len(s) >= 2:
            return self.new(x, f"{x.name}.flatten(0, 1)", shape=(s[0] * s[1],) + s[2:],
                            contig=x.contig, **view)
        return self.new(x, f"{x.name}.clone()")

    def op_index(self, x):
        r = self.r
        s = x.shape
        if s is None:
            return None
        view = dict(unsafe=x.unsafe or x.leaf, contig=False)
        k = r.randrange(12)
        if not s:
            if k < 4:
                return self.new(x, f"{x.name}[None]", shape=(1,), **view)
            return self.new(x, f"{x.name}[...]", **view)
        n0 = s[0]
        if k == 0 and n0 > 0:
            i = r.randrange(-n0, n0)
            return self.new(x, f"{x.name}[{i}]", shape=s[1:], **view)
        if k == 1:
            a = r.randint(0, max(n0, 0))
            b = r.randint(a, n0 + 1)
            return self.new(x, f"{x.name}[{a}:{b}]", shape=(max(0, min(b, n0) - a),) + s[1:], **view)
        if k == 2:
            st = r.choice([2, 3])
            return self.new(x, f"{x.name}[::{st}]", shape=(-(-n0 // st),) + s[1:], **view)
        if k == 3:
            if len(s) >= 2 and s[1] > 0:
                i = r.randrange(s[1])
                return self.new(x, f"{x.name}[:, {i}]", shape=s[:1] + s[2:], **view)
            return self.new(x, f"{x.name}[None]", shape=(1,) + s, **view)
        if k == 4 and s[-1] > 0:
            i = r.randrange(s[-1])
            return self.new(x, f"{x.name}[..., {i}, None]", shape=s[:-1] + (1,), **view)
        if k == 5:
            return self.new(x, f"{x.name}[:, None]", shape=s[:1] + (1,) + s[1:], **view)
        if k == 6:
            thr = self.num(x.lo, x.hi) if x.hi > x.lo else 0.0
            v = self.new(x, f"{x.name}[{x.name} > {thr}]", shape=None)
            return v
        if k == 7:
            mask = [r.random() < 0.6 for _ in range(n0)]
            m = "[" + ", ".join(map(str, mask)) + "]"
            return self.new(x, f"{x.name}[torch.tensor({m})]", shape=(sum(mask),) + s[1:])
        if k in (8, 9) and n0 > 0:
            idx = [r.randrange(n0) for _ in range(r.randint(1, 4))]
            if k == 8:
                return self.new(x, f"{x.name}[torch.tensor({idx})]", shape=(len(idx),) + s[1:])
            d = self.dim(x)
            if s[d] == 0:
                return None
            idx = [r.randrange(s[d]) for _ in range(r.randint(1, 4))]
            t = list(s)
            t[d] = len(idx)
            return self.new(x, f"{x.name}.index_select({d}, torch.tensor({idx}))", shape=tuple(t))
        if k == 10 and len(s) == 2 and s[-1] > 0:
            idx = [r.randrange(s[-1]) for _ in range(2)]
            return self.new(x, f"{x.name}[:, torch.tensor({idx})]", shape=(s[0], 2))
        if k == 11 and len(s) >= 1 and 0 not in s:
            d = self.dim(x)
            t = list(s)
            t[d] = r.randint(1, 3)
            idx = self.nested(tuple(t), 0, s[d] - 1, ints=True)
            return self.new(x, f"torch.gather({x.name}, {d}, torch.tensor({idx}))",
                            shape=tuple(t))
        thr = self.num(x.lo, x.hi) if x.hi > x.lo else 0.0
        c = self.num()
        return self.new(x, f"{x.name}.masked_fill({x.name} < {thr}, {c})",
                        lo=min(x.lo, c), hi=max(x.hi, c))

    def op_join(self, x):
        r = self.r
        s = x.shape
        if s is None:
            return None
        if r.random() < 0.4 or not s:
            d = r.randint(-len(s) - 1, len(s))
            other = r.choice(self.others(x, lambda v: v.shape == s and v.dtype == x.dtype)
                             + [None])
            oe = other.name if other else f"{x.name} * 0.5"
            t = list(s)
            t.insert(d if d >= 0 else len(s) + 1 + d, 2)
            lo = min(x.lo, other.lo if other else x.lo * 0.5, x.hi * 0.5)
            hi = max(x.hi, other.hi if other else x.hi * 0.5, x.lo * 0.5)
            return self.new(x, f"torch.stack([{x.name}, {oe}], {d})", shape=tuple(t),
                            lo=lo, hi=hi, grad=x.grad or bool(other and other.grad))
        d = self.dim(x)
        dd = d % len(s)
        others = self.others(x, lambda v: v.shape is not None and len(v.shape) == len(s) and all(
            a == b for i, (a, b) in enumerate(zip(v.shape, s)) if i != dd) and v.dtype == x.dtype)
        if others and r.random() < 0.6:
            o = r.choice(others)
            t = list(s)
            t[dd] += o.shape[dd]
            return self.new(x, f"torch.cat([{o.name}, {x.name}], dim={d})", shape=tuple(t),
                            lo=min(x.lo, o.lo), hi=max(x.hi, o.hi), grad=x.grad or o.grad)
        t = list(s)
        k = r.randint(1, 2)
        t2 = list(s)
        t2[dd] = k
        t[dd] += k
        dt = x.dtype if x.dtype != "float16" else "float16"
        ce = self.const(tuple(t2), dtype=dt)
        return self.new(x, f"torch.cat(({x.name}, {ce}), {d})", shape=tuple(t),
                        lo=min(x.lo, -1.5), hi=max(x.hi, 1.5))

    def op_matmul(self, x):
        r = self.r
        s = x.shape
        if s is None or not s or len(s) > 3 or x.dtype not in ("float32", "float64"):
            return None
        k = s[-1]
        m = r.choice([1, 2, 3])
        m_ = max(abs(x.lo), abs(x.hi)) * 1.5 * max(k, 1)
        if r.random() < 0.5:
            others = self.others(x, lambda v: v.shape is not None and len(v.shape) == 2
                                 and v.shape[0] == k and v.dtype == x.dtype)
            if others:
                o = r.choice(others)
                mo = max(abs(x.lo), abs(x.hi)) * max(abs(o.lo), abs(o.hi)) * max(k, 1)
                return self.new(x, f"{x.name} @ {o.name}", shape=s[:-1] + (o.shape[1],),
                                lo=-mo, hi=mo, grad=x.grad or o.grad, contig=True)
        if r.random() < 0.25:
            w = self.const((k,), dtype=x.dtype)
            return self.new(x, f"torch.matmul({x.name}, {w})", shape=s[:-1], lo=-m_, hi=m_)
        w = self.const((k, m), dtype=x.dtype)
        if len(s) == 2 and r.random() < 0.3:
            return self.new(x, f"{x.name}.mm({w})", shape=(s[0], m), lo=-m_, hi=m_)
        if len(s) == 2 and r.random() < 0.3:
            w = self.const((m, s[0]), dtype=x.dtype)
            m2 = max(abs(x.lo), abs(x.hi)) * 1.5 * max(s[0], 1)
            return self.new(x, f"{w} @ {x.name}", shape=(m, s[1]), lo=-m2, hi=m2)
        return self.new(x, f"{x.name} @ {w}", shape=s[:-1] + (m,), lo=-m_, hi=m_)

    def op_loss(self, x):
        r = self.r
        s = x.shape
        if s is None or x.dtype not in ("float32", "float64"):
            return None
        red = r.choice(["", "", ", reduction='sum'", ", reduction='none'"])
        rs = s if "none" in red else ()
        k = r.randrange(8)
        m = max(abs(x.lo), abs(x.hi)) + 2
        mx = m * m * max(numel(s), 1)
        dt = x.dtype
        if k == 0:
            return self.new(x, f"F.mse_loss({x.name}, {self.const(s, dtype=dt)}{red})", shape=rs,
                            lo=0.0, hi=mx)
        if k == 1:
            return self.new(x, f"F.l1_loss({x.name}, {self.const(s, dtype=dt)}{red})", shape=rs,
                            lo=0.0, hi=mx)
        if k == 2:
            f = r.choice(["smooth_l1_loss", "huber_loss"])
            return self.new(x, f"F.{f}({x.name}, {self.const(s, dtype=dt)}{red})", shape=rs,
                            lo=0.0, hi=mx)
        if k == 3:
            tgt = self.const(s, 0.0, 1.0, dtype=dt)
            return self.new(x, f"F.binary_cross_entropy_with_logits({x.name}, {tgt}{red})",
                            shape=rs, lo=0.0, hi=mx)
        if k == 4 and x.lo > -6 and x.hi < 6:
            tgt = self.const(s, 0.0, 1.0, dtype=dt)
            return self.new(x, f"F.binary_cross_entropy(torch.sigmoid({x.name}), {tgt}{red})",
                            shape=rs, lo=0.0, hi=mx)
        if k in (5, 6) and len(s) == 2 and s[1] > 0 and x.hi - x.lo < 30:
            tgt = [r.randrange(s[1]) for _ in range(s[0])]
            if k == 5:
                ls = r.choice(["", ", label_smoothing=0.1"])
                return self.new(x, f"F.cross_entropy({x.name}, torch.tensor({tgt}){red}{ls})",
                                shape=(s[0],) if "none" in red else (), lo=0.0, hi=mx)
            return self.new(x, f"F.nll_loss(F.log_softmax({x.name}, 1), torch.tensor({tgt}){red})",
                            shape=(s[0],) if "none" in red else (), lo=0.0, hi=mx)
        if k == 7 and s and x.hi - x.lo < 30:
            tgt = f"torch.softmax({self.const(s, dtype=dt)}, -1)"
            red = r.choice([", reduction='batchmean'", ", reduction='sum'"])
            return self.new(x, f"F.kl_div(F.log_softmax({x.name}, -1), {tgt}{red})", shape=(),
                            lo=-mx, hi=mx)
        return self.new(x, f"F.mse_loss({x.name}, torch.zeros_like({x.name}){red})", shape=rs,
                        lo=0.0, hi=mx)

    def op_inplace(self, x):
        r = self.r
        if x.leaf:
            x = self.new(x, f"{x.name}.clone()" if r.random() < 0.6 else f"{x.name} * 1.0")
        if x.unsafe and r.random() < 0.85:
            x = self.new(x, f"{x.name} + 0.0")
        n = x.name
        c = self.num(0.5, 2.0)
        k = r.randrange(9)
        lo, hi = x.lo, x.hi
        if k == 0:
            self.emit(f"{n}.add_({c})")
            x.lo, x.hi = lo + c, hi + c
        elif k == 1:
            self.emit(f"{n}.mul_({-c if r.random() < 0.5 else c})")
            m = max(abs(lo), abs(hi)) * c
            x.lo, x.hi = -m, m
        elif k == 2:
            self.emit(f"{n}.clamp_({-c}, {c})")
            x.lo, x.hi = max(lo, -c), min(hi, c)
            if x.lo > x.hi:
                x.lo, x.hi = -c, c
        elif k == 3:
            self.emit(f"{n}.relu_()")
            x.lo, x.hi = max(lo, 0.0), max(hi, 0.0)
        elif k == 4 and x.shape and x.shape[0] > 0:
            self.emit(f"{n}[0] = {c}")
            x.lo, x.hi = min(lo, c), max(hi, c)
        elif k == 5 and x.shape and len(x.shape) >= 1 and x.shape[-1] > 1:
            self.emit(f"{n}[..., 1:].mul_({c})")
            m = max(abs(lo), abs(hi)) * max(c, 1)
            x.lo, x.hi = -m, m
        elif k == 6:
            self.emit(f"{n}.masked_fill_({n} > {c}, {c})")
            x.hi = min(hi, c) if lo < c else hi
            x.lo = min(lo, c)
        elif k == 7:
            ys = self.others(x, lambda v: x.shape is not None and v.dtype == x.dtype
                             and broadcast(v.shape, x.shape) == x.shape)
            if ys:
                y = r.choice(ys)
                self.emit(f"{n}.sub_({y.name})")
                x.lo, x.hi = lo - y.hi, hi - y.lo
                x.grad = x.grad or y.grad
            else:
                self.emit(f"{n}.div_({c})")
                x.lo, x.hi = sorted((lo / c, hi / c))
        else:
            self.emit(f"{n}.sigmoid_()")
            x.lo, x.hi = 0.0, 1.0
            x.unsafe = True
        return x

    def op_dtype(self, x):
        r = self.r
        k = r.random()
        if k < 0.45 and x.dtype != "float64":
            e = r.choice([".double()", ".to(torch.float64)", ".to(dtype=torch.double)"])
            return self.new(x, f"{x.name}{e}", dtype="float64", contig=x.contig)
        if k < 0.8 and x.dtype != "float32":
            return self.new(x, f"{x.name}.float()", dtype="float32", contig=x.contig)
        if k < 0.9 and max(abs(x.lo), abs(x.hi)) < 100:
            return self.new(x, f"{x.name}.half()", dtype="float16", contig=x.contig)
        if k < 0.95:
            return self.new(x, f"{x.name}.to({x.name}.dtype)", contig=x.contig)
        return self.new(x, f"{x.name}.long()", dtype="int64", grad=False,
                        lo=math.floor(x.lo), hi=math.ceil(x.hi))

    # ---------------------------------------------------------------- deliberate errors
    def op_error(self, x):
        r = self.r
        s = x.shape
        n = x.name
        ok = [0, 1, 2, 6, 8] if s else []
        ok += [3, 7, 9] + ([4] if s and len(s) >= 2 else []) + ([5] if x.leaf else [])
        k = r.choice(ok)
        if k == 0 and s:
            bad = list(s)
            bad[-1] = bad[-1] + r.choice([1, 2]) if bad[-1] != 1 else 2
            if bad[-1] == 1:
                bad[-1] = 3
            return self.new(x, f"{n} + {self.const(tuple(bad))}")
        if k == 1 and s:
            return self.new(x, f"{n} @ {self.const((s[-1] + 1, 2))}")
        if k == 2 and s:
            return self.new(x, f"{n}[{s[0] + r.randint(0, 2)}]", shape=s[1:])
        if k == 3:
            return self.new(x, f"{n}.view({numel(s or (1,)) + 1})", shape=(1,))
        if k == 4 and s and len(s) >= 2:
            return self.new(x, f"{n}.transpose(0, 1).view(-1)", shape=(numel(s),))
        if k == 5 and x.leaf:
            self.emit(f"{n}.add_(1.0)")
            return x
        if k == 6 and s:
            return self.new(x, f"torch.cat([{n}, {self.const((2,) * (len(s) + 1))}])", shape=s)
        if k == 7:
            return self.new(x, f"{n}.sum({len(s or ()) + 1})", shape=())
        if k == 8 and s and x.dtype == "float32":
            return self.new(x, f"{n} @ {self.const((s[-1], 2), dtype='float64')}")
        return self.new(x, f"{n}.long().softmax(0)", grad=False)

    # ---------------------------------------------------------------- program
    FAMILIES = [("scalar", 14), ("unary", 14), ("binary", 12), ("reduce", 10), ("view", 12),
                ("index", 11), ("join", 5), ("matmul", 5), ("loss", 4), ("inplace", 6),
                ("dtype", 3)]

    def program(self):
        r = self.r
        self.make_leaves()
        steps = r.randint(3, 10)
        x = self.leaves[0]
        err_at = r.randrange(steps) if r.random() < 0.06 else None
        tries = 0
        done = 0
        while done < steps and tries < 200:
            tries += 1
            if done == err_at:
                x = self.op_error(x)
                done += 1
                continue
            names, weights = zip(*self.FAMILIES)
            fam = r.choices(names, weights)[0]
            if x.dtype == "int64" and fam not in ("scalar", "view", "dtype"):
                continue
            if x.dtype == "float16" and fam in ("matmul", "loss", "reduce"):
                continue
            if x.shape is None and fam not in ("scalar", "unary", "reduce", "inplace"):
                continue
            if x.shape is not None and numel(x.shape) > 200 and fam in ("join", "view"):
                continue
            if fam in ("reduce", "loss") and done < steps - 1 and x.shape in ((), None) \
                    and r.random() < 0.7:
                continue
            if fam == "scalar" and x.dtype == "int64" and r.random() < 0.5:
                continue
            before = len(self.lines)
            out = getattr(self, "op_" + fam)(x)
            if out is None:
                del self.lines[before:]
                continue
            if x.dtype == "int64" and fam == "scalar":
                out.dtype = "float32" if "." in self.lines[-1].split("=", 1)[1] else "int64"
            if x.dtype == "float16" and (out.lo < -60000 or out.hi > 60000):
                pass
            x = out
            done += 1
        return self.finish(x)

    def finish(self, out):
        r = self.r
        self.emit(f"out = {out.name}")
        self.emit("print(out)")
        self.emit("print(type(out.grad_fn).__name__, out.requires_grad, out.is_leaf)")
        self.emit("print(out.shape, out.dtype)")
        mids = [v.name for v in self.vars if not v.leaf]
        if mids:
            self.emit(f"print([tuple(v.shape) for v in ({', '.join(mids)},)])")
        k = r.random()
        if out.shape == () and k < 0.5:
            self.emit("out.backward()")
        elif out.shape is not None and k < 0.45 and out.dtype != "int64":
            g = self.const(out.shape, dtype=out.dtype)
            self.emit(f"out.backward(gradient={g})")
        elif k < 0.75:
            self.emit("out.sum().backward()")
        elif k < 0.985:
            self.emit("out.mean().backward()" if out.dtype != "int64" else "out.sum().backward()")
        else:
            self.emit("out.backward()")
        for leaf in self.leaves:
            self.emit(f"print({leaf.name}.grad)")
        head = HEAD.format(seed=self.seed)
        leaves = [ln for ln in self.lines if not ln.startswith("    ")]
        body = [ln for ln in self.lines if ln.startswith("    ")]
        return (head + "\n".join(leaves) + "\ntry:\n" + "\n".join(body)
                + "\nexcept Exception as e:\n    print(f\"exception: {type(e).__name__}: {e}\")\n")


def make_program(seed):
    return Gen(seed).program()


DRIVER = r'''
import contextlib, io, sys, pathlib, warnings
import torch
warnings.simplefilter("ignore")
root = pathlib.Path(sys.argv[1])
for path in sorted(root.glob("*.py")):
    buf = io.StringIO()
    torch.set_default_dtype(torch.float32)
    torch.set_grad_enabled(True)
    with contextlib.redirect_stdout(buf):
        try:
            exec(compile(path.read_text(), path.name, "exec"), {"__name__": "__main__"})
        except Exception as e:
            print("UNCAUGHT", type(e).__name__, e)
    path.with_suffix(".expected").write_text(buf.getvalue())
'''


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=520)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--oracle", action="store_true")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    for i in range(a.count):
        seed = a.seed * 100000 + i
        (a.out / f"rp{i:05d}.py").write_text(make_program(seed))
    print(f"wrote {a.count} programs to {a.out}")
    if a.oracle:
        drv = a.out / "_driver.py.txt"
        drv.write_text(DRIVER)
        try:
            subprocess.run([ORACLE, str(drv), str(a.out)], check=True)
        finally:
            drv.unlink()
        print("wrote expected outputs")


if __name__ == "__main__":
    main()
