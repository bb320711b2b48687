"""Generate tests/golden/ops/NAME.py scripts (elementwise, reductions, linalg, conversions)
and, with --oracle, their NAME.expected stdout under real PyTorch (torch-oracle).

    python3 tests/gen_ops_goldens.py            # (re)write the scripts only
    python3 tests/gen_ops_goldens.py --oracle   # scripts + expected outputs (one oracle run)

The oracle runs every script in one interpreter (torch import is slow); each script gets
fresh globals and starts with torch.manual_seed, so the outputs equal separate runs.
"""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "golden" / "ops"
ORACLE = "/work/shared/oracle/torch-oracle"

HEAD = "import torch\ntorch.manual_seed({seed})\n"

# input recipes by domain
DOMAIN = {
    "any": "torch.randn({shape}, requires_grad=True)",
    "pos": "(torch.rand({shape}) + 0.5).requires_grad_()",
    "unit": "(torch.rand({shape}) * 1.6 - 0.8).requires_grad_()",
    "gt1": "(torch.rand({shape}) + 1.5).requires_grad_()",
    "prob": "(torch.rand({shape}) * 0.8 + 0.1).requires_grad_()",
}

WEIGHT = "wt = torch.linspace(-1.0, 2.0, {n}).reshape({shape})\n"


def shape_str(shape):
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


def numel(shape):
    n = 1
    for s in shape:
        n *= s
    return n


def unary_cases():
    ops = [("exp", "any"), ("exp2", "any"), ("expm1", "any"), ("log", "pos"), ("log2", "pos"),
           ("log10", "pos"), ("log1p", "pos"), ("sqrt", "pos"), ("rsqrt", "pos"),
           ("sin", "any"), ("cos", "any"), ("tan", "unit"), ("asin", "unit"), ("acos", "unit"),
           ("atan", "any"), ("sinh", "any"), ("cosh", "any"), ("tanh", "any"),
           ("asinh", "any"), ("acosh", "gt1"), ("atanh", "unit"), ("sigmoid", "any"),
           ("relu", "any"), ("abs", "any"), ("sign", "any"), ("floor", "any"),
           ("ceil", "any"), ("round", "any"), ("trunc", "any"), ("frac", "any"),
           ("erf", "any"), ("erfc", "any"), ("reciprocal", "pos"), ("square", "any"),
           ("neg", "any"), ("deg2rad", "any"), ("logit", "prob"), ("sgn", "any")]
    for i, (op, dom) in enumerate(ops):
        shape = [(2, 3), (4,), (2, 2, 2), ()][i % 4]
        call = f"torch.{op}(x)" if i % 2 == 0 else f"x.{op}()"
        yield f"unary_{op}", i, shape, dom, call


def script_unary(seed, shape, dom, call):
    s = shape_str(shape)
    src = HEAD.format(seed=seed)
    src += "x = " + DOMAIN[dom].format(shape=s) + "\n"
    src += f"y = {call}\nprint(y)\n"
    src += WEIGHT.format(n=numel(shape), shape=s)
    src += "(y * wt).sum().backward()\nprint(x.grad)\n"
    return src


BINARY = [("add", "x + y"), ("sub", "x - y"), ("mul", "x * y"), ("div", "x / y"),
          ("pow", "x ** y"), ("atan2", "torch.atan2(x, y)"), ("maximum", "torch.maximum(x, y)"),
          ("minimum", "torch.minimum(x, y)"), ("hypot", "torch.hypot(x, y)"),
          ("logaddexp", "torch.logaddexp(x, y)"), ("remainder", "x % y"),
          ("fmod", "torch.fmod(x, y)"), ("xlogy", "torch.xlogy(x, y)"),
          ("copysign", "torch.copysign(x, y)"), ("add_alpha", "torch.add(x, y, alpha=2.5)"),
          ("sub_alpha", "x.sub(y, alpha=-3)"), ("rsub", "torch.rsub(x, y)"),
          ("lerp_t", "torch.lerp(x, y, torch.full_like(y, 0.25))"),
          ("lerp_s", "torch.lerp(x, y, 0.3)"), ("max_pair", "torch.max(x, y)")]

BSHAPES = [((2, 3), (2, 3)), ((2, 3), (3,)), ((4, 1), (1, 3)), ((2, 1, 3), (2, 3)),
           ((3,), ()), ((), (2, 2))]


def binary_cases():
    k = 0
    for name, expr in BINARY:
        for j in range(2 if name in ("add", "mul", "div", "pow", "maximum", "atan2") else 1):
            sa, sb = BSHAPES[(k + j) % len(BSHAPES)]
            k += 1
            if name.startswith("lerp"):
                sa, sb = BSHAPES[0]
            yield f"binary_{name}_{j}", 100 + k, sa, sb, expr


def script_binary(seed, sa, sb, expr, positive=False):
    src = HEAD.format(seed=seed)
    rec = DOMAIN["pos" if positive else "any"]
    src += "x = " + rec.format(shape=shape_str(sa)) + "\n"
    src += "y = " + rec.format(shape=shape_str(sb)) + "\n"
    src += f"z = {expr}\nprint(z)\n"
    src += "zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)\n"
    src += "(z * zw).sum().backward()\nprint(x.grad)\nprint(y.grad)\n"
    return src


SCALAR = ["x + 2", "2 + x", "x - 1.5", "1 - x", "x * 3", "-2 * x", "x / 4", "2 / x",
          "x ** 2", "x ** 3", "x ** 0.5", "x ** -1", "x ** 0", "2 ** x", "x % 0.7",
          "x // 0.3", "torch.pow(2.5, x)", "x.clamp(0.8, 1.2)", "x.clamp(min=0.9)",
          "x.clamp(max=1.1)", "torch.clamp_min(x, 1.0)", "torch.clamp_max(x, 1.0)",
          "x.clip(0.7, 1.3)", "torch.where(x > 1.0, x, 0.5)", "torch.where(x < 1.0, 2.0, x * x)",
          "torch.addcmul(x, x, x, value=0.5)", "torch.addcdiv(x, x + 1, x, value=2)",
          "x.round(decimals=1)", "torch.rsub(x, 3)", "x.add(2, alpha=3)", "x * True",
          "torch.true_divide(x, 3)", "x.div(0.3, rounding_mode='trunc')",
          "x.div(0.3, rounding_mode='floor')"]


def script_scalar(seed, expr):
    src = HEAD.format(seed=seed)
    src += "x = (torch.rand(2, 3) + 0.5).requires_grad_()\n"
    src += f"z = {expr}\nprint(z)\n"
    if "//" in expr or "rounding_mode" in expr:
        return src
    src += "zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)\n"
    src += "(z * zw).sum().backward()\nprint(x.grad)\n"
    return src


TENSOR_CLAMP = """\
lo = torch.full((2, 3), 0.9, requires_grad=True)
hi = torch.full((3,), 1.1, requires_grad=True)
z = torch.clamp(x, lo, hi)
print(z)
(z * torch.arange(6.).reshape(2, 3)).sum().backward()
print(x.grad, lo.grad, hi.grad)
"""

REDUCE = ["x.sum()", "x.sum(0)", "x.sum(1, keepdim=True)", "x.sum((0, 1))", "x.sum(-1)",
          "x.mean()", "x.mean(0)", "x.mean(dim=1, keepdim=True)", "x.prod()", "x.prod(1)",
          "x.max()", "x.max(0)[0]", "x.max(dim=1).values", "x.min()", "x.min(1)[0]",
          "x.amax()", "x.amax(1)", "x.amin(0)", "x.norm()", "x.norm(dim=1)", "x.norm(p=1)",
          "x.norm(p=3, dim=0)", "torch.linalg.vector_norm(x, ord=float('inf'))",
          "torch.linalg.norm(x)", "torch.linalg.vector_norm(x, 1, dim=1, keepdim=True)",
          "x.var()", "x.var(0)", "x.var(1, unbiased=False)", "x.var(correction=0)",
          "x.std()", "x.std(1)", "x.std(dim=0, keepdim=True)", "x.logsumexp(1)",
          "torch.logsumexp(x, dim=0)", "torch.logsumexp(x, (0, 1))", "x.cumsum(0)",
          "x.cumsum(dim=1)", "x.cumprod(1)", "x.cumprod(0)", "x.softmax(-1)",
          "torch.softmax(x, 0)", "torch.log_softmax(x, 1)", "x.log_softmax(0)",
          "x.median()", "x.median(1).values", "torch.var_mean(x, 1)[0]",
          "torch.std_mean(x)[0]", "x.nansum()", "torch.dist(x, x * 0.5)",
          "x.sum(dtype=torch.float64)", "torch.mean(x, 0, True)", "torch.prod(x, 0, keepdim=True)"]


def script_reduce(seed, expr, shape):
    src = HEAD.format(seed=seed)
    src += "x = " + DOMAIN["any"].format(shape=shape_str(shape)) + "\n"
    src += f"z = {expr}\nprint(z)\n"
    src += "zw = torch.linspace(-1.0, 2.0, z.numel()).reshape(z.shape).to(z.dtype)\n"
    src += "(z * zw).sum().backward()\nprint(x.grad)\n"
    return src


INDEX_RED = ["x.max(1)", "x.min(0)", "x.argmax()", "x.argmin(1)", "x.argmax(0, keepdim=True)",
             "torch.max(x, 1, keepdim=True)", "x.median(0)", "x.any()", "(x > 0).all(1)",
             "(x > 0).any(0)", "x.all()"]

LINALG = [("A @ B", ["A:2,3", "B:3,4"]), ("torch.mm(A, B)", ["A:3,2", "B:2,2"]),
          ("A @ v", ["A:2,3", "v:3"]), ("torch.mv(A, v)", ["A:4,3", "v:3"]),
          ("v @ w", ["v:3", "w:3"]), ("torch.dot(v, w)", ["v:5", "w:5"]),
          ("v @ B", ["v:3", "B:3,4"]), ("bA @ bB", ["bA:5,2,3", "bB:5,3,4"]),
          ("torch.bmm(bA, bB)", ["bA:2,2,3", "bB:2,3,2"]), ("bA @ B", ["bA:5,2,3", "B:3,4"]),
          ("bA @ v", ["bA:5,2,3", "v:3"]), ("v @ bB", ["v:3", "bB:5,3,4"]),
          ("A @ bB", ["A:2,3", "bB:5,3,4"]), ("bA @ cB", ["bA:2,1,2,3", "cB:5,3,2"]),
          ("torch.outer(v, w)", ["v:3", "w:4"]), ("torch.addmm(b, A, B)", ["b:4", "A:2,3", "B:3,4"]),
          ("torch.addmm(C, A, B, beta=0.5, alpha=2)", ["C:2,4", "A:2,3", "B:3,4"]),
          ("torch.addmv(u, A, v)", ["u:2", "A:2,3", "v:3"]),
          ("torch.einsum('ij,jk->ik', A, B)", ["A:2,3", "B:3,4"]),
          ("torch.einsum('i,i->', v, w)", ["v:3", "w:3"]),
          ("torch.einsum('ij->ji', A)", ["A:2,3"]), ("torch.einsum('ij->i', A)", ["A:2,3"]),
          ("torch.einsum('bij,bjk->bik', bA, bB)", ["bA:2,2,3", "bB:2,3,2"]),
          ("torch.einsum('i,j->ij', v, w)", ["v:3", "w:2"]),
          ("torch.einsum('ij,ij->ij', A, B)", ["A:2,3", "B:2,3"]),
          ("torch.einsum('ij,j->i', A, v)", ["A:2,3", "v:3"]),
          ("torch.einsum('ij,kj->ik', A, B)", ["A:2,3", "B:4,3"]),
          ("torch.einsum('ij,ij->', A, B)", ["A:2,3", "B:2,3"]),
          ("torch.trace(M)", ["M:3,3"]), ("torch.diag(v)", ["v:3"]), ("torch.diag(M)", ["M:3,3"]),
          ("torch.diag(A, 1)", ["A:2,3"]), ("torch.diag(v, -1)", ["v:2"]),
          ("A @ B @ B.t()", ["A:2,3", "B:3,4"]), ("x.t() @ y", ["x:2,3", "y:2,3"])]


def script_linalg(seed, expr, inputs):
    src = HEAD.format(seed=seed)
    names = []
    for spec in inputs:
        name, dims = spec.split(":")
        names.append(name)
        src += f"{name} = torch.randn({dims}, requires_grad=True)\n"
    src += f"z = {expr}\nprint(z)\nprint(z.shape, z.grad_fn)\n" if False else \
        f"z = {expr}\nprint(z)\n"
    src += "zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)\n"
    src += "(z * zw).sum().backward()\n"
    for n in names:
        src += f"print({n}.grad)\n"
    return src


MISC = {
    "cmp_ops": "a = torch.tensor([[1., 2., 3.], [4., float('nan'), 6.]])\n"
               "b = torch.tensor([3., 2., 1.])\n"
               "print(a == b, a != b, a < b, a <= b, a > b, a >= b)\n"
               "print(a.eq(2), a.ne(2.), torch.lt(a, 3), torch.ge(a, b))\n",
    "logic_ops": "a = torch.tensor([True, False, True, False])\n"
                 "b = torch.tensor([1, 1, 0, 0])\n"
                 "print(torch.logical_and(a, b), torch.logical_or(a, b))\n"
                 "print(torch.logical_xor(a, b), torch.logical_not(b), a & (b > 0), ~a)\n",
    "nan_inf": "a = torch.tensor([1., float('inf'), -float('inf'), float('nan'), 0.])\n"
               "print(torch.isnan(a), torch.isinf(a), torch.isfinite(a))\n"
               "print(a.isnan().any(), a.isfinite().all(), torch.tensor([1, 2]).isnan())\n",
    "allclose_equal": "a = torch.tensor([1., 2., 3.])\n"
                      "print(torch.allclose(a, a + 1e-7), torch.allclose(a, a + 1e-3))\n"
                      "print(torch.equal(a, a.clone()), torch.equal(a, a[:2]))\n"
                      "print(a.allclose(a * 1.01, rtol=0.1), torch.isclose(a, a + 0.01))\n",
    "int_floordiv": "a = torch.tensor([-7, -3, 0, 3, 7])\n"
                    "print(a // 2, a // -2, a % 3, a % -3, -7 // torch.tensor(2))\n"
                    "print(torch.floor_divide(a, 2), torch.remainder(a, -4), a.fmod(3))\n",
    "float_floordiv": "a = torch.tensor([-7.5, -3.0, -0.5, 0.5, 3.0, 7.5])\n"
                      "print(a // 2, a // -2, a % 2, a % -2, 5 % a, 5 // a)\n"
                      "print(torch.fmod(a, -2), torch.remainder(-5, a))\n",
    "promotion_int_float": "a = torch.tensor([1, 2, 3])\n"
                           "f = torch.tensor([0.5, 1.5, 2.5])\n"
                           "print(a + f, a * 2.5, a / 2, a + True, (a + f).dtype, (a / a).dtype)\n"
                           "print(a.float() + torch.tensor(1., dtype=torch.float64), (a * 2).dtype)\n",
    "promotion_0d": "a = torch.tensor([1., 2.], dtype=torch.float32)\n"
                    "d = torch.tensor(3., dtype=torch.float64)\n"
                    "i = torch.tensor([1, 2], dtype=torch.int32)\n"
                    "print((a * d).dtype, (i * d).dtype, (i + 2).dtype, (i + 2.5).dtype)\n"
                    "print((i * torch.tensor(2)).dtype, (a + torch.tensor([1, 2])).dtype)\n"
                    "print(torch.tensor([True, False]) + torch.tensor([True, True]))\n",
    "convert_methods": "x = torch.tensor([[-1.7, 0.2, 2.5], [3.9, -0.0, 1.0]], requires_grad=True)\n"
                       "print(x.float() is x, x.double(), x.long(), x.int(), x.bool())\n"
                       "print(x.to(torch.float64), x.type(torch.int64), x.type())\n"
                       "print(x.half(), x.to(torch.int32).dtype, x.long().float())\n"
                       "y = x.double() * 2\ny.sum().backward()\nprint(x.grad, y.dtype)\n",
    "convert_grad_chain": "x = torch.tensor([0.5, 1.5, -2.0], requires_grad=True)\n"
                          "y = (x.to(torch.float64) ** 2).float().sum()\n"
                          "y.backward()\nprint(y, x.grad)\n"
                          "z = torch.tensor([1, 2]).to(torch.float32)\nprint(z, z.requires_grad)\n",
    "int_ops": "a = torch.tensor([[3, -4], [5, 0]])\n"
               "print(a.sum(), a.sum(0), a.prod(), a.max(), a.abs(), a.neg(), a * a)\n"
               "print(a.cumsum(0), a.float().mean(), a.clamp(-1, 2), a.sign(), a.argmax())\n"
               "print(a ** 2, torch.sqrt(a), a.exp().dtype)\n",
    "bool_ops": "a = torch.tensor([True, False, True])\n"
                "print(a.sum(), a.any(), a.all(), a.int(), a + a, a * 3, a.float())\n",
    "clamp_tensor": "x = torch.tensor([[0.5, 1.0, 1.5], [0.8, 1.2, 2.0]], requires_grad=True)\n" + TENSOR_CLAMP,
    "inplace_arith": "x = torch.tensor([1., 2., 3.], requires_grad=True)\n"
                     "h = x * 1\nh += 2\nh *= x\nh -= 1\nh /= 2\nh **= 2\n"
                     "print(h)\nh.sum().backward()\nprint(x.grad)\n"
                     "k = x * 1\nk.exp_()\nk.clamp_(0, 5)\nk.sqrt_()\nk.log_()\nk.sigmoid_()\n"
                     "print(k, k.grad_fn)\n",
    "max_ties": "x = torch.tensor([[1., 3., 3.], [2., 2., 0.]], requires_grad=True)\n"
                "y = x.max()\ny.backward()\nprint(y, x.grad)\nx.grad = None\n"
                "z = x.amax(1)\nz.sum().backward()\nprint(z, x.grad)\nx.grad = None\n"
                "m = torch.maximum(x, torch.full((2, 3), 2.))\nm.sum().backward()\nprint(x.grad)\n",
    "prod_zero": "x = torch.tensor([[1., 0., 3.], [2., 4., 0.5]], requires_grad=True)\n"
                 "y = x.prod(1)\ny.sum().backward()\nprint(y, x.grad)\nx.grad = None\n"
                 "z = x.prod()\nz.backward()\nprint(z, x.grad)\n",
    "norm_zero": "x = torch.zeros(3, requires_grad=True)\n"
                 "y = x.norm()\ny.backward()\nprint(y, x.grad)\n",
    "abs_sign_zero": "x = torch.tensor([-1., 0., 2.], requires_grad=True)\n"
                     "(x.abs() + x.relu() + x.sign()).sum().backward()\nprint(x.grad)\n",
    "sqrt_zero": "x = torch.tensor([0., 4.], requires_grad=True)\n"
                 "y = x.sqrt().sum()\ny.backward()\nprint(y, x.grad)\n",
    "pow_zero_base": "x = torch.tensor([0., 2.], requires_grad=True)\n"
                     "e = torch.tensor([0.5, 3.], requires_grad=True)\n"
                     "y = (x ** e).sum()\ny.backward()\nprint(y, x.grad, e.grad)\n",
    "softmax_3d": "x = torch.randn(2, 3, 4, requires_grad=True)\n"
                  "y = torch.softmax(x, 1)\nprint(y.sum(1))\n"
                  "(y * torch.arange(24.).reshape(2, 3, 4)).sum().backward()\nprint(x.grad)\n",
    "double_ops": "x = torch.randn(3, dtype=torch.float64, requires_grad=True)\n"
                  "y = (x.exp() * x.sin()).sum() + x.norm() + x.var()\ny.backward()\n"
                  "print(y, x.grad)\n",
    "higher_order": "x = torch.tensor([0.5, 1.5], requires_grad=True)\n"
                    "y = (x ** 3 + x.sin() * x.exp()).sum()\n"
                    "g, = torch.autograd.grad(y, x, create_graph=True)\n"
                    "print(g)\ng.sum().backward()\nprint(x.grad)\n",
}

ERRORS = {
    "err_mm_shapes": "a = torch.randn(2, 3)\nb = torch.randn(2, 3)\ntry:\n    a @ b\n"
                     "except RuntimeError as e:\n    print(e)\n",
    "err_broadcast": "a = torch.randn(2, 3)\nb = torch.randn(4)\ntry:\n    a + b\n"
                     "except RuntimeError as e:\n    print(e)\n",
    "err_dim_range": "a = torch.randn(2, 3)\ntry:\n    a.sum(2)\n"
                     "except IndexError as e:\n    print(e)\n",
    "err_dot_sizes": "try:\n    torch.dot(torch.randn(3), torch.randn(4))\n"
                     "except RuntimeError as e:\n    print(e)\n",
    "err_mean_int": "try:\n    torch.tensor([1, 2]).mean()\nexcept RuntimeError as e:\n    print(e)\n",
    "err_bmm_dims": "try:\n    torch.bmm(torch.randn(2, 3), torch.randn(2, 3, 4))\n"
                    "except RuntimeError as e:\n    print(e)\n",
    "err_matmul_0d": "try:\n    torch.tensor(2.) @ torch.randn(3)\n"
                     "except RuntimeError as e:\n    print(e)\n",
    "err_mv_sizes": "try:\n    torch.mv(torch.randn(2, 3), torch.randn(4))\n"
                    "except RuntimeError as e:\n    print(e)\n",
    "err_mm_dtype": "try:\n    torch.mm(torch.randn(2, 3), torch.randn(3, 2, dtype=torch.float64))\n"
                    "except RuntimeError as e:\n    print(e)\n",
    "err_int_pow_neg": "try:\n    torch.tensor([2, 3]) ** -1\nexcept RuntimeError as e:\n    print(e)\n",
    "err_clamp_none": "try:\n    torch.clamp(torch.randn(2))\nexcept RuntimeError as e:\n    print(e)\n",
    "err_max_empty": "try:\n    torch.empty(0).max()\nexcept RuntimeError as e:\n    print(e)\n",
    "err_batched_matmul": "try:\n    torch.randn(2, 2, 3) @ torch.randn(3, 4, 2)\n"
                          "except RuntimeError as e:\n    print(e)\n",
}


def all_scripts():
    rng = random.Random(1234)
    out = {}
    for name, i, shape, dom, call in unary_cases():
        out[name] = script_unary(10 + i, shape, dom, call)
    for name, seed, sa, sb, expr in binary_cases():
        positive = any(k in name for k in ("pow", "div", "remainder", "fmod", "xlogy"))
        out[name] = script_binary(seed, sa, sb, expr, positive)
    for i, expr in enumerate(SCALAR):
        out[f"scalar_{i:02d}"] = script_scalar(200 + i, expr)
    for i, expr in enumerate(REDUCE):
        shape = rng.choice([(2, 3), (3, 4), (2, 5)])
        out[f"reduce_{i:02d}"] = script_reduce(300 + i, expr, shape)
    for i, expr in enumerate(INDEX_RED):
        src = HEAD.format(seed=400 + i) + "x = torch.randn(3, 4)\n" + f"print({expr})\n"
        out[f"indexred_{i:02d}"] = src
    for i, (expr, inputs) in enumerate(LINALG):
        out[f"linalg_{i:02d}"] = script_linalg(500 + i, expr, inputs)
    for name, body in MISC.items():
        out[f"misc_{name}"] = HEAD.format(seed=7) + body
    for name, body in ERRORS.items():
        out[name] = HEAD.format(seed=8) + body
    return out


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
            exec(compile(path.read_text(), str(path), "exec"), {"__name__": "__main__"})
        except Exception as e:
            print("UNCAUGHT", type(e).__name__, e)
    path.with_suffix(".expected").write_text(buf.getvalue())
'''


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    scripts = all_scripts()
    for name, src in scripts.items():
        (OUT / f"{name}.py").write_text(src)
    print(f"wrote {len(scripts)} scripts to {OUT}")
    if "--oracle" in sys.argv:
        drv = OUT.parent / "_ops_driver.py"
        drv.write_text(DRIVER)
        try:
            subprocess.run([ORACLE, str(drv), str(OUT)], check=True)
        finally:
            drv.unlink()
        print("wrote expected outputs")


if __name__ == "__main__":
    main()
