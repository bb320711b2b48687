"""Fuzz the interpreter with random scripts and mutated samples.

    python -m gradcli.fuzz --count 100000 --jobs 2 [--seed 0] [--save DIR]

Inputs come from three generators (chosen in turn by the input's index):

* ``grammar``: random programs built from the language's statement and expression forms
  (assignments, if/while/for/def/lambda/try/with, comprehensions, f-strings) over a
  vocabulary of tensor operations and Python values;
* ``near``: a grammar program with a few token-level edits (deleted, duplicated or
  swapped tokens, a stray bracket, colon or indent), so most of them almost parse;
* ``bytes``: a sample script from ``samples/`` with byte-level mutations (bit flips,
  random or non-UTF-8 bytes, NULs, CR/LF/tab changes, deleted or repeated chunks).

Each input runs in-process under small limits (``run_source`` with max-steps 20,000,
a 2 s timeout, 10^6 elements, 100 kB of output) and is classified:

* ``ok``: exit 0;  ``error``: exit 1 with a clean diagnostic;
* ``internal``: exit 70, or any Python traceback text on stderr (must be 0);
* ``hang``: took longer than the timeout plus a grace period (must be 0).

The report prints the counts; ``--save DIR`` writes every internal/hang input there.
Exit status: 0 when there is no internal error and no hang, 1 otherwise.
"""
from __future__ import annotations

import argparse
import io
import os
import random
import sys
import time

LIMITS = dict(max_steps=20_000, timeout=2.0, max_elements=10 ** 6, max_output=100_000)
GRACE = 3.0

# ------------------------------------------------------------------ vocabulary

_NAMES = ["x", "y", "z", "w", "b", "loss", "out", "i", "n", "t", "a", "h"]
_TENSOR_MAKERS = [
    "torch.tensor([1., 2., 3.], requires_grad=True)", "torch.tensor(2.0, requires_grad=True)",
    "torch.randn(3, 3)", "torch.randn(2, 3, requires_grad=True)", "torch.ones(3)",
    "torch.zeros(2, 2)", "torch.arange(6.)", "torch.arange(6).reshape(2, 3)",
    "torch.linspace(0, 1, 5)", "torch.eye(3)", "torch.tensor([[1, 2], [3, 4]])",
    "torch.tensor([float('nan'), float('inf'), -1.])", "torch.full((2,), 7)",
    "torch.tensor([True, False])", "torch.empty(0)", "torch.rand(4)",
    "torch.tensor([1, 0, -3])", "torch.randint(0, 5, (3,))",
]
_UNARY_METHODS = ["sum()", "mean()", "exp()", "log()", "sin()", "cos()", "tanh()",
                  "sigmoid()", "relu()", "abs()", "sqrt()", "neg()", "t()", "detach()",
                  "clone()", "flatten()", "max()", "min()", "argmax()", "norm()",
                  "softmax(0)", "unsqueeze(0)", "squeeze()", "item()", "tolist()",
                  "float()", "long()", "int()", "double()", "numel()", "dim()", "size()",
                  "shape", "grad", "requires_grad", "is_leaf", "grad_fn", "data", "T",
                  "backward()", "retain_grad()", "requires_grad_()", "cumsum(0)",
                  "prod()", "std()", "var()", "reciprocal()", "sign()", "floor()",
                  "round()", "clamp(min=0)", "pow(2)", "view(-1)", "reshape(-1, 1)",
                  "transpose(0, 1)", "permute(1, 0)", "expand(3, 3)", "repeat(2)",
                  "sum(dim=0)", "mean(dim=-1, keepdim=True)", "zero_()", "fill_(1)",
                  "add_(1)", "mul_(2)", "numpy()", "to(torch.float64)",
                  "type(torch.int32)", "masked_fill(t > 0, 0.)", "topk(1)", "sort()",
                  "diag()", "trace()", "tril()", "chunk(2)", "split(1)", "unbind()"]
_FUNCS = ["torch.sin", "torch.exp", "torch.log", "torch.relu", "torch.sigmoid",
          "torch.tanh", "torch.abs", "torch.sqrt", "torch.sum", "torch.mean", "F.relu",
          "F.softmax", "F.gelu", "F.silu", "torch.flatten", "torch.clone", "len", "abs",
          "float", "int", "str", "repr", "print", "list", "tuple", "sorted", "sum", "max",
          "min", "bool", "type", "torch.is_tensor", "torch.numel", "torch.exp2"]
_BINFUNCS = ["torch.matmul", "torch.add", "torch.mul", "torch.sub", "torch.div",
             "torch.maximum", "torch.minimum", "torch.pow", "torch.dot", "torch.mm",
             "torch.cat", "torch.stack", "torch.where", "F.mse_loss", "torch.atan2",
             "torch.remainder", "torch.fmod", "torch.floor_divide", "torch.allclose",
             "torch.eq", "torch.lt", "max", "min", "pow", "divmod", "isinstance", "zip",
             "range", "round", "torch.autograd.grad", "torch.outer", "torch.bmm"]
_OPS = ["+", "-", "*", "/", "//", "%", "**", "@", "<", ">", "==", "!=", "<=", ">=",
        "&", "|", "^", "<<", ">>", "and", "or", "in", "is", "is not", "not in"]
_LITERALS = ["0", "1", "2", "-1", "3", "0.5", "1e-3", "1e308", "-0.0", "True", "False",
             "None", "'s'", "''", "[1, 2, 3]", "[]", "(1, 2)", "()", "{'a': 1}", "{1, 2}",
             "float('nan')", "float('inf')", "2**63", "-2**63", "10**6", "1j", "...",
             "[[1., 2.], [3., 4.]]", "range(3)", "'abc'[1:]", "[0] * 3", "2 ** 31"]
_HOSTILE = ["().__class__", "getattr(x, 'grad')", "__import__('os')", "open('x')",
            "x.__dict__", "type(x).__bases__", "'{0.__class__}'.format(x)",
            "torch.tensor.__globals__", "(lambda: 0).__code__", "globals()", "vars()",
            "eval('1')", "exec('x=1')", "import os", "from os import path",
            "x.add.__self__", "10 ** 10 ** 10", "'a' * 10 ** 12", "[0] * 10 ** 10",
            "list(range(10 ** 10))", "torch.ones(10 ** 6, 10 ** 6)", "f'{1:>10000000000}'",
            "'%*d' % (10 ** 10, 1)", "'x'.ljust(10 ** 11)", "1 << 10 ** 9",
            "math.factorial(10 ** 7)", "sum(range(10 ** 12))", "sorted(range(10 ** 10))"]


class ProgramGen:
    """Random programs from the language's statement and expression forms."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.depth = 0

    def name(self) -> str:
        return self.rng.choice(_NAMES)

    def expr(self, depth: int = 0) -> str:
        r = self.rng
        if depth > 2:
            return r.choice(_NAMES + _LITERALS)
        k = r.random()
        if k < 0.15:
            return r.choice(_TENSOR_MAKERS)
        if k < 0.25:
            return r.choice(_LITERALS)
        if k < 0.35:
            return self.name()
        if k < 0.5:
            return f"{self.atom(depth)}.{r.choice(_UNARY_METHODS)}"
        if k < 0.62:
            return f"{self.atom(depth)} {r.choice(_OPS)} {self.atom(depth)}"
        if k < 0.7:
            return f"{r.choice(_FUNCS)}({self.expr(depth + 1)})"
        if k < 0.78:
            return f"{r.choice(_BINFUNCS)}({self.expr(depth + 1)}, {self.expr(depth + 1)})"
        if k < 0.82:
            return f"[{self.expr(depth + 1)} for {self.name()} in {self.iterable()}]"
        if k < 0.85:
            return f"(lambda {self.name()}: {self.expr(depth + 1)})({self.expr(depth + 1)})"
        if k < 0.88:
            return f"{self.atom(depth)}[{self.index()}]"
        if k < 0.91:
            return f"{self.expr(depth + 1)} if {self.expr(depth + 1)} else {self.expr(depth + 1)}"
        if k < 0.94:
            inner = self.expr(depth + 1).replace("'", '"')
            return f"f'{{{inner}{r.choice(['', '!r', ':.3f', ':>5', '='])}}}'"
        if k < 0.945:
            return r.choice(_HOSTILE)
        return f"-{self.atom(depth)}"

    def atom(self, depth: int) -> str:
        e = self.expr(depth + 1)
        return e if e.replace("_", "").replace(".", "").isalnum() else f"({e})"

    def index(self) -> str:
        return self.rng.choice(["0", "-1", "1:", ":2", "::2", "None", "...", "0, 1",
                                ":, 0", "[0, 1]", "x > 0", "5", "1:-1"])

    def iterable(self) -> str:
        return self.rng.choice(["range(3)", "range(100)", "x", "[1, 2]", "'ab'",
                                "zip(x, x)", "enumerate(x)", "range(10 ** 9)", "y"])

    def stmt(self, indent: int) -> list[str]:
        r, pad = self.rng, "    " * indent
        k = r.random()
        if indent > 3 or k < 0.45:
            simple = r.choice([
                f"{self.name()} = {self.expr()}", f"print({self.expr()})",
                f"{self.name()} += {self.expr()}", f"{self.expr()}",
                f"{self.name()}.backward()", f"{self.name()}.grad = None",
                f"{self.name()}[0] = {self.expr()}", f"del {self.name()}",
                f"assert {self.expr()}", f"{self.name()}, {self.name()} = 1, 2",
                "pass", f"raise ValueError({self.expr()})",
                f"{self.name()}.requires_grad = True"])
            return [pad + simple]
        body = lambda: self.block(indent + 1)  # noqa: E731
        if k < 0.55:
            return [f"{pad}if {self.expr()}:", *body(), f"{pad}else:", *body()]
        if k < 0.65:
            return [f"{pad}for {self.name()} in {self.iterable()}:", *body()]
        if k < 0.7:
            return [f"{pad}while {self.expr()}:", *body(), f"{pad}    break"]
        if k < 0.8:
            f = r.choice(["f", "g", "step"])
            return [f"{pad}def {f}({self.name()}, k=1):", *body(),
                    f"{pad}    return {self.expr()}", f"{pad}print({f}({self.expr()}))"]
        if k < 0.9:
            return [f"{pad}try:", *body(),
                    f"{pad}except {r.choice(['Exception', 'RuntimeError', 'TypeError'])}"
                    f" as e:", f"{pad}    print(type(e).__name__, e)"]
        return [f"{pad}with torch.no_grad():", *body()]

    def block(self, indent: int) -> list[str]:
        out = []
        for _ in range(self.rng.randint(1, 2)):
            out.extend(self.stmt(indent))
        return out

    def program(self) -> str:
        head = ["import torch", "import math"]
        if self.rng.random() < 0.5:
            head += ["import torch.nn.functional as F", "import torch.nn as nn"]
        lines = head + [f"x = {self.rng.choice(_TENSOR_MAKERS)}",
                        f"y = {self.rng.choice(_TENSOR_MAKERS)}"]
        for _ in range(self.rng.randint(1, 5)):
            if self.rng.random() < 0.7:     # keep going after an error: deeper runs
                lines.append("try:")
                lines.extend(self.stmt(1))
                lines += ["except Exception as e:", "    print(type(e).__name__)"]
            else:
                lines.extend(self.stmt(0))
        return "\n".join(lines) + "\n"


_EDIT_PIECES = ["(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "**", "*", "'", '"',
                "\\", "\n", "\t", "    ", "lambda", "def", "if", "else", "for", "in",
                "not", "@", "#", "f'", "'''", "\x00", "\r", "é", "\u2028", "yield",
                "class", "async", ":=", "x[", "print(", "0x", "1e", "__", "\ufeff"]


def near_valid(rng: random.Random) -> str:
    src = ProgramGen(rng).program()
    for _ in range(rng.randint(1, 4)):
        p = rng.randrange(len(src) + 1)
        k = rng.random()
        if k < 0.35:
            src = src[:p] + src[p + rng.randint(1, 6):]
        elif k < 0.75:
            src = src[:p] + rng.choice(_EDIT_PIECES) + src[p:]
        else:
            q = rng.randrange(len(src) + 1)
            a, b = sorted((p, q))
            src = src[:a] + src[a:b][::-1] + src[b:]
    return src


def _samples() -> list[bytes]:
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folder = os.path.join(here, "samples")
    out = []
    if os.path.isdir(folder):
        for name in sorted(os.listdir(folder)):
            if name.endswith(".py"):
                with open(os.path.join(folder, name), "rb") as handle:
                    out.append(handle.read())
    return out or [ProgramGen(random.Random(0)).program().encode()]


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not buf:
            buf.extend(b"x")
        p = rng.randrange(len(buf))
        k = rng.random()
        if k < 0.2:
            buf[p] ^= 1 << rng.randrange(8)
        elif k < 0.35:
            buf[p:p] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
        elif k < 0.5:
            del buf[p:p + rng.randint(1, 16)]
        elif k < 0.6:
            chunk = bytes(buf[p:p + rng.randint(1, 40)])
            buf[p:p] = chunk * rng.randint(1, 5)
        elif k < 0.7:
            buf[p:p] = rng.choice([b"\x00", b"\xff", b"\xc3", b"\r", b"\r\n", b"\t",
                                   b"\xef\xbb\xbf", b"\xe2\x80\xa8", b"\x0c"])
        elif k < 0.8:
            buf[p:p] = rng.choice([b"(" * 300, b"[" * 50, b"    " * 30, b"\\\n", b"#",
                                   b"'", b'"""', b"10**10**10", b"while 1:pass\n"])
        else:
            q = rng.randrange(len(buf))
            buf[p], buf[q] = buf[q], buf[p]
    return bytes(buf)


def make_input(seed: int, index: int, samples: list[bytes]) -> tuple[str, bytes]:
    rng = random.Random(seed * 1_000_003 + index)
    kind = ("grammar", "near", "bytes")[index % 3]
    if kind == "grammar":
        return kind, ProgramGen(rng).program().encode("utf-8", "surrogatepass")
    if kind == "near":
        return kind, near_valid(rng).encode("utf-8", "surrogatepass")
    return kind, mutate_bytes(rng, rng.choice(samples))


# ---------------------------------------------------------------------- running

def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) or (None, the CLI's message for undecodable bytes)."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return None, f"byte 0x{data[exc.start]:02x} in position {exc.start}"


def run_input(data: bytes, name: str = "fuzz.py") -> tuple[str, int, str, float]:
    """Run one input; (outcome, exit code, stderr, seconds)."""
    from gradcli.limits import Limits
    from gradcli.runner import run_source
    text, problem = decode(data)
    if text is None:
        return "error", 1, problem or "", 0.0
    out, err = io.StringIO(), io.StringIO()
    start = time.monotonic()
    try:
        code = run_source(text, name, out, err, limits=Limits(**LIMITS))
    except BaseException as exc:  # noqa: BLE001 - anything escaping run_source is a bug
        if isinstance(exc, KeyboardInterrupt):
            raise
        code = 70
        err.write(f"escaped run_source: {type(exc).__name__}: {exc}\n")
    elapsed = time.monotonic() - start
    text_err = err.getvalue()
    if elapsed > LIMITS["timeout"] + GRACE:
        outcome = "hang"
    elif code == 70 or "Traceback (most recent call last)" in text_err or code not in (0, 1):
        outcome = "internal"
    else:
        outcome = "ok" if code == 0 else "error"
    return outcome, code, text_err, elapsed


def _work(args) -> tuple[dict, list]:
    seed, start, stop = args
    samples = _samples()
    counts = {"ok": 0, "error": 0, "internal": 0, "hang": 0}
    bad = []
    for i in range(start, stop):
        kind, data = make_input(seed, i, samples)
        outcome, code, err, elapsed = run_input(data)
        counts[outcome] += 1
        if outcome in ("internal", "hang"):
            bad.append((i, kind, outcome, data, err[-2000:], round(elapsed, 2)))
    return counts, bad


def fuzz(count: int, jobs: int = 1, seed: int = 0, batch: int = 100):
    """Run ``count`` inputs; (counts, list of bad inputs)."""
    tasks = [(seed, s, min(s + batch, count)) for s in range(0, count, batch)]
    total = {"ok": 0, "error": 0, "internal": 0, "hang": 0}
    bad: list = []
    if jobs <= 1:
        results = map(_work, tasks)
    else:
        import concurrent.futures
        import multiprocessing
        pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=jobs, mp_context=multiprocessing.get_context("fork"))
        results = pool.map(_work, tasks)
    done = 0
    for counts, found in results:
        for k, v in counts.items():
            total[k] += v
        bad.extend(found)
        done += sum(counts.values())
        if done % 10_000 < batch:
            sys.stderr.write(f"fuzz: {done}/{count} {total}\n")
    return total, bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gradcli.fuzz",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save", metavar="DIR", help="write internal/hang inputs here")
    args = parser.parse_args(argv)
    start = time.monotonic()
    total, bad = fuzz(args.count, args.jobs, args.seed)
    elapsed = time.monotonic() - start
    print(f"inputs: {args.count}  seed: {args.seed}  jobs: {args.jobs}  "
          f"time: {elapsed:.0f} s")
    for k in ("ok", "error", "internal", "hang"):
        print(f"{k:>9}: {total[k]}")
    if args.save and bad:
        os.makedirs(args.save, exist_ok=True)
    for i, kind, outcome, data, err, secs in bad:
        print(f"--- input {i} ({kind}) {outcome} {secs}s: {err.strip().splitlines()[-1:]}")
        if args.save:
            with open(os.path.join(args.save, f"{outcome}_{i}.py"), "wb") as handle:
                handle.write(data)
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
