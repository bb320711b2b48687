"""gradcli.tensor.random against values recorded from real torch 2.13.

The goldens hold PyTorch call strings (``torch.randn(20)``, setup statements such
as ``g = torch.Generator().manual_seed(7)``).  A tiny evaluator below walks their
Python AST and maps each torch function to our Generator through one explicit
table (TORCH_FUNCS), so every case runs the same code whatever its values.
"""

from __future__ import annotations

import ast
import json
import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gradcli.tensor import random as rnd
from gradcli.tensor.random import Generator
from gradcli.tensor.random_math import _exact_fma32, _exact_fma64, fma32, fma64

GOLDEN = Path(__file__).parent / "golden" / "rng"
DTYPES = {"torch.float32": np.float32, "torch.float64": np.float64, "torch.int32": np.int32,
          "torch.int64": np.int64, "torch.uint8": np.uint8, "torch.bool": np.bool_}


# ----------------------------------------------------------------- evaluator
class _Empty:
    """torch.empty(...) awaiting an in-place fill; ``t()`` makes it a transposed view."""

    def __init__(self, shape, dtype, transposed=False):
        self.shape, self.dtype, self.transposed = tuple(shape), dtype, transposed

    def t(self):
        return _Empty(self.shape[::-1], self.dtype, not self.transposed)

    def _base(self):
        return self.shape[::-1] if self.transposed else self.shape

    def normal_(self, mean=0.0, std=1.0, generator=None):
        g = generator or _ctx.gen
        out = g.normal(self._base(), mean, std, self.dtype, contiguous=not self.transposed)
        return out.T if self.transposed else out

    def uniform_(self, a=0.0, b=1.0, generator=None):
        return (generator or _ctx.gen).uniform(self.shape, a, b, self.dtype)

    def random_(self, *bounds, generator=None):
        g = generator or _ctx.gen
        if not bounds:
            return g.random(self.shape, self.dtype)
        low, high = (0, *bounds) if len(bounds) == 1 else bounds
        return g.randint(low, high, self.shape, self.dtype)

    def bernoulli_(self, p, generator=None):
        return (generator or _ctx.gen).bernoulli(self.shape, p, self.dtype)


class _Linear:
    def __init__(self, in_f, out_f, bias=True):
        self.weight, self.bias = _ctx.gen.linear_init(in_f, out_f, bias)


def _size(args):
    return tuple(args[0]) if len(args) == 1 and isinstance(args[0], tuple) else tuple(args)


def _gen(kw):
    return kw.get("generator") or _ctx.gen


def _randint(*args, dtype=np.int64, **kw):
    low, high, size = (0, *args) if len(args) == 2 else args
    return _gen(kw).randint(low, high, size, dtype)


def _randint_like(x, *args, **kw):
    low, high = (0, *args) if len(args) == 1 else args
    return _gen(kw).randint(low, high, x.shape, x.dtype)


def _normal(mean, std, size=None, dtype=np.float32, **kw):
    if size is not None:
        return _gen(kw).normal(size, mean, std, dtype)
    return _gen(kw).normal_tensor(mean, std, dtype)


def _dropout(x, p, training=True):
    mask = _ctx.gen.dropout_mask(x.shape, p, x.dtype) if training else None
    return x if mask is None else (x * mask).astype(x.dtype)


TORCH_FUNCS = {
    "torch.manual_seed": lambda s: _ctx.gen.manual_seed(s),
    "torch.initial_seed": lambda: _ctx.gen.initial_seed(),
    "torch.get_rng_state": lambda: _ctx.gen.get_state(),
    "torch.set_rng_state": lambda s: _ctx.gen.set_state(s),
    "torch.Generator": Generator,
    "torch.rand": lambda *a, dtype=np.float32, **kw: _gen(kw).rand(_size(a), dtype),
    "torch.randn": lambda *a, dtype=np.float32, **kw: _gen(kw).normal(_size(a), 0.0, 1.0, dtype),
    "torch.randint": _randint,
    "torch.randint_like": _randint_like,
    "torch.randperm": lambda n, **kw: _gen(kw).randperm(n),
    "torch.normal": _normal,
    "torch.bernoulli": lambda p, **kw: _gen(kw).bernoulli_tensor(p),
    "torch.empty": lambda *a, dtype=np.float32: _Empty(_size(a), dtype),
    "torch.zeros": lambda *a, dtype=np.float32: np.zeros(_size(a), dtype),
    "torch.ones": lambda *a, dtype=np.float32: np.ones(_size(a), dtype),
    "torch.full": lambda size, v, dtype=np.float32: np.full(size, v, dtype),
    "torch.arange": lambda *a: np.arange(*a, dtype=np.float32),
    "torch.tensor": lambda v: np.array(v, dtype=np.float32),
    "torch.nn.functional.dropout": _dropout,
    "torch.nn.Linear": _Linear,
}


class _Ctx:
    gen = Generator()
    names: dict = {}


_ctx = _Ctx()


def _dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


def _eval(node):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Tuple):
        return tuple(_eval(e) for e in node.elts)
    if isinstance(node, ast.List):
        return [_eval(e) for e in node.elts]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand)
    if isinstance(node, ast.BinOp):
        ops = {ast.Pow: lambda a, b: a**b, ast.Add: lambda a, b: a + b,
               ast.Mult: lambda a, b: a * b, ast.Sub: lambda a, b: a - b}
        return ops[type(node.op)](_eval(node.left), _eval(node.right))
    name = _dotted(node)
    if name in DTYPES:
        return DTYPES[name]
    if isinstance(node, ast.Name):
        return _ctx.names[node.id]
    if isinstance(node, ast.Attribute):
        return getattr(_eval(node.value), node.attr)
    if isinstance(node, ast.Call):
        args = [_eval(a) for a in node.args]
        kwargs = {k.arg: _eval(k.value) for k in node.keywords}
        fname = _dotted(node.func)
        if fname in TORCH_FUNCS:
            return TORCH_FUNCS[fname](*args, **kwargs)
        return _eval(node.func)(*args, **kwargs)  # method of a value (g.manual_seed, .t())
    raise ValueError(f"unsupported syntax: {ast.dump(node)}")


def run_case(case: dict):
    _ctx.gen = Generator()
    _ctx.names = {}
    _ctx.gen.manual_seed(case["seed"])
    for stmt in case.get("setup", []):
        tree = ast.parse(stmt).body[0]
        if isinstance(tree, ast.Assign) and isinstance(tree.targets[0], ast.Subscript):
            target = tree.targets[0]  # s[8] = 112: edit a saved state
            _eval(target.value)[_eval(target.slice)] = _eval(tree.value)
        elif isinstance(tree, ast.Assign):
            _ctx.names[tree.targets[0].id] = _eval(tree.value)
        else:
            _eval(tree.value)
    return _eval(ast.parse(case["call"], mode="eval").body)


def check_case(case: dict) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. randint's float-precision warning
        got = run_case(case)
    if case["dtype"] == "int":
        assert got == case["values"][0]
        return
    got = np.asarray(got)
    assert str(got.dtype) == case["dtype"]
    assert list(got.shape) == case["shape"]
    flat = got.ravel()
    picked = np.concatenate([flat[a:b] for a, b in case.get("pick", [[0, None]])])
    want = np.array(case["values"], dtype=got.dtype)
    bits = f"u{got.dtype.itemsize}"  # compare bit patterns: exact, and -0.0 != 0.0
    bad = np.flatnonzero(np.ascontiguousarray(picked).view(bits) != want.view(bits))
    assert bad.size == 0, f"{bad.size} mismatches, first at {bad[:5]}: {picked[bad[:5]]} vs {want[bad[:5]]}"


def _load_vectors():
    with open(GOLDEN / "rng_vectors.jsonl") as f:
        return [json.loads(line) for line in f if line.strip()]


VECTORS = _load_vectors()
EXTRA = json.loads((GOLDEN / "extra_cases.json").read_text())


@pytest.mark.parametrize("case", VECTORS, ids=[f"{c['seed']}:{c['call']}" for c in VECTORS])
def test_reference_vectors(case):
    check_case(case)


@pytest.mark.parametrize("case", EXTRA, ids=[c["name"] for c in EXTRA])
def test_extra_goldens(case):
    check_case(case)


# ------------------------------------------------------------ API behaviour
def test_mt_stream_is_numpy_legacy_stream():
    g = Generator().manual_seed(2**40 + 77)
    want = np.random.RandomState(77)._bit_generator.random_raw(1500)
    assert np.array_equal(g._words(1500), want)


def test_seeding_rules():
    g = Generator()
    assert g.initial_seed() == rnd.DEFAULT_SEED
    assert g.manual_seed(-1) is g and g.initial_seed() == 2**64 - 1
    assert g.manual_seed(3.7).initial_seed() == 3  # torch truncates with int()
    for bad in (2**64, -(2**63) - 1):
        with pytest.raises(ValueError, match="Overflow when unpacking long long"):
            g.manual_seed(bad)
    a, b = Generator(seed=None), Generator(seed=None)
    assert a._bg is None  # nondeterministic seeding waits for first use
    s = a.seed()
    assert 0 <= s < 2**64 and a.initial_seed() == s
    assert a.initial_seed() != b.initial_seed()  # 1 in 2**64 chance of a false failure


def test_default_generator_is_lazy_and_usable():
    assert isinstance(rnd.default_generator, Generator)
    x = rnd.default_generator.rand((3,), np.float32)
    assert x.dtype == np.float32 and np.all((x >= 0) & (x < 1))


def test_state_round_trip_keeps_cache_and_position():
    g = Generator().manual_seed(11)
    g.normal((3,))  # leaves a cached normal
    g.rand((700,))
    st = g.get_state()
    assert st.dtype == np.uint8 and st.shape == (5056,)
    a = np.concatenate([g.normal((5,)), g.normal((40,)), g.rand((9,), np.float64)])
    h = Generator()
    h.set_state(st)
    assert np.array_equal(h.get_state(), st)
    b = np.concatenate([h.normal((5,)), h.normal((40,)), h.rand((9,), np.float64)])
    assert np.array_equal(a, b)


_OPS = [
    lambda g, n: g.rand((n,)), lambda g, n: g.rand((n,), np.float64),
    lambda g, n: g.normal((n,)), lambda g, n: g.normal((n,), 1.0, 2.0, np.float64),
    lambda g, n: g.normal((n,), contiguous=False), lambda g, n: g.randint(-3, 2**40, (n,)),
    lambda g, n: g.randperm(n), lambda g, n: g.bernoulli((n,), 0.3),
]


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(-(2**63), 2**64 - 1),
       before=st.lists(st.tuples(st.integers(0, len(_OPS) - 1), st.integers(0, 700)), max_size=4),
       after=st.lists(st.tuples(st.integers(0, len(_OPS) - 1), st.integers(0, 40)), max_size=4))
def test_state_round_trip_property(seed, before, after):
    g = Generator().manual_seed(seed)
    for op, n in before:
        _OPS[op](g, n)
    saved = g.get_state()
    h = Generator()
    h.set_state(saved)
    assert np.array_equal(h.get_state(), saved)
    for op, n in after:
        assert np.array_equal(_OPS[op](g, n), _OPS[op](h, n))
    assert np.array_equal(g.get_state(), h.get_state())


def test_set_state_errors():
    g = Generator().manual_seed(0)
    with pytest.raises(RuntimeError, match="Expected a CPUGeneratorImplState of size 5056 but "
                                           "found the input RNG state size to be 10"):
        g.set_state(np.zeros(10, np.uint8))
    with pytest.raises(TypeError, match="RNG state must be a torch.ByteTensor"):
        g.set_state(g.get_state().astype(np.float32))
    for offset, value in ((12, 0), (8, 0), (16, 113)):  # seeded, left, next
        st = g.get_state()
        st[offset] = value
        if offset == 16:
            st[17] = 2  # next = 625
        with pytest.raises(RuntimeError, match="Invalid mt19937 state"):
            g.set_state(st)


ERRORS = [  # (call on a fresh Generator, exception, message) as printed by torch 2.13
    (lambda g: g.randint(5, 5, (3,)), RuntimeError,
     "random_ expects 'from' to be less than 'to', but got from=5 >= to=5"),
    (lambda g: g.randint(0, 2**31 + 1, (3,), np.int32), RuntimeError,
     "to - 1 is out of bounds for int"),
    (lambda g: g.randint(-200, 0, (3,), np.int8), RuntimeError,
     "from is out of bounds for signed char"),
    (lambda g: g.randint(0, 40000, (3,), np.int16), RuntimeError,
     "to - 1 is out of bounds for short int"),
    (lambda g: g.randint(0, 300, (3,), np.uint8), RuntimeError,
     "to - 1 is out of bounds for unsigned char"),
    (lambda g: g.randint(0, 3, (3,), np.bool_), RuntimeError, "to - 1 is out of bounds for bool"),
    (lambda g: g.dropout_mask((3,), 1.5), ValueError,
     "dropout probability has to be between 0 and 1, but got 1.5"),
    (lambda g: g.dropout_mask((3,), 2), ValueError,
     "dropout probability has to be between 0 and 1, but got 2"),
    (lambda g: g.uniform((3,), 2.5, 1e-7), RuntimeError,
     "uniform_ expects to return a [from, to) range, but found from=2.5 > to=1e-07"),
    (lambda g: g.uniform((3,), -3e38, 3e38), RuntimeError,
     "uniform_ expects to-from <= std::numeric_limits<Float>::max(), but found to=3e+38 and "
     "from=-3e+38 which result in to-from to exceed the limit"),
    (lambda g: g.uniform((3,), -float("inf"), 0), RuntimeError, "from is out of bounds for float"),
    (lambda g: g.uniform((3,), 0, float("inf"), np.float64), RuntimeError,
     "to is out of bounds for double"),
    (lambda g: g.normal((3,), 0, -1e-7), RuntimeError,
     "normal expects std >= 0.0, but found std -1e-07"),
    (lambda g: g.normal((3,), 0, float("nan")), RuntimeError,
     "normal expects std >= 0.0, but found std nan"),
    (lambda g: g.normal_tensor(np.zeros(3, np.float32), np.array([-1, 1, 1], np.float32)),
     RuntimeError, "normal expects all elements of std >= 0.0"),
    (lambda g: g.bernoulli((3,), -0.5), RuntimeError,
     "bernoulli_ expects p to be in [0, 1], but got p=-0.5"),
    (lambda g: g.bernoulli_tensor(np.array([1.5], np.float32)), RuntimeError,
     "Expected p_in >= 0 && p_in <= 1 to be true, but got false."),
    (lambda g: g.randperm(-1), RuntimeError,
     "Trying to create tensor with negative dimension -1: [-1]"),
    (lambda g: g.randperm(129, np.int8), RuntimeError,
     "value cannot be converted to type int8_t without overflow"),
    (lambda g: g.randperm(257, np.uint8), RuntimeError,
     "value cannot be converted to type uint8_t without overflow"),
    (lambda g: g.randperm(2, np.bool_), NotImplementedError,
     "\"randperm\" not implemented for 'Bool'"),
    (lambda g: g.randperm(2**24 + 2, np.float32), RuntimeError,
     "n cannot be greater than 2^24+1 for Float type."),
    (lambda g: g.rand((3,), np.int64), NotImplementedError,
     "\"check_uniform_bounds\" not implemented for 'Long'"),
    (lambda g: g.uniform((3,), 0, 1, np.bool_), NotImplementedError,
     "\"check_uniform_bounds\" not implemented for 'Bool'"),
    (lambda g: g.normal((30,), 0, 1, np.uint8), NotImplementedError,
     "\"normal_kernel_cpu\" not implemented for 'Byte'"),
    (lambda g: g.bernoulli_tensor(np.array([1, 0])), NotImplementedError,
     "\"bernoulli_tensor_cpu_p_\" not implemented for 'Long'"),
]


@pytest.mark.parametrize("call,exc,message", ERRORS, ids=[e[2][:40] for e in ERRORS])
def test_error_messages(call, exc, message):
    g = Generator().manual_seed(0)
    with pytest.raises(exc) as info:
        call(g)
    assert str(info.value).startswith(message)
    assert np.array_equal(g._words(1), Generator().manual_seed(0)._words(1))  # nothing drawn


def test_randint_float_bounds_warn():
    g = Generator().manual_seed(0)
    with pytest.warns(UserWarning, match=r"to - 1 is out of bounds \[-\(2\^24\), 2\^24\]"):
        g.randint(0, 2**24 + 2, (3,), np.float32)


def test_dropout_without_draws():
    g = Generator().manual_seed(0)
    assert g.dropout_mask((4,), 0.0) is None and g.dropout_mask((0,), 0.5) is None
    assert np.array_equal(g.dropout_mask((4,), 1.0), np.zeros(4, np.float32))
    assert g.rand((1,))[0] == np.float32(0.49625658988952637)  # still the first draw


def test_normal_of_non_contiguous_shape_uses_serial_path():
    g = Generator()
    a = g.manual_seed(4).normal((5, 4), contiguous=False)
    b = np.concatenate([g.manual_seed(4).normal((1,)) for _ in range(1)]
                       + [g.normal((19,), contiguous=False)])
    assert np.array_equal(a.ravel(), b)


# ------------------------------------------------------------ exact fma helpers
def test_fma32_matches_exact_rounding():
    rng = np.random.default_rng(5)
    a = rng.integers(2**23, 2**24, 1500).astype(np.float32) * np.float32(2.0**-20)
    b = rng.integers(2**23, 2**24, 1500).astype(np.float32) * np.float32(2.0**-30)
    c = rng.integers(-2**24, 2**24, 1500).astype(np.float32) * np.float32(2.0**-28)
    got = fma32(a, b, c)
    want = np.array([_exact_fma32(float(x), float(y), float(z))
                     for x, y, z in zip(a, b, c)], np.float32)
    assert np.array_equal(got.view(np.uint32), want.view(np.uint32))
    # a double-rounding trap: a*b + c lies just above a float32 midpoint
    x = np.float32(1 + 2**-23)
    assert fma32(x, x, np.float32(-(2**-24))) == _exact_fma32(float(x), float(x), -(2**-24))


def test_fma64_matches_exact_rounding():
    rng = np.random.default_rng(6)
    a = rng.standard_normal(1500)
    b = rng.standard_normal(1500) * 1e3
    c = -a * b * (1 + 2.0**-52 * rng.integers(-3, 4, 1500))
    got = fma64(a, b, c)
    want = np.array([_exact_fma64(x, y, z) for x, y, z in zip(a, b, c)])
    assert np.array_equal(got, want)
    assert np.any(got != a * b + c)  # the test would notice an unfused implementation


def test_randn_million_float32_is_vectorised():
    import sys
    calls = [0]

    def count(frame, event, arg):
        if event == "call":
            calls[0] += 1
    g = Generator().manual_seed(0)
    sys.setprofile(count)
    try:
        g.normal((1000, 1000), 0.0, 1.0, np.float32)
    finally:
        sys.setprofile(None)
    assert calls[0] < 100_000  # about 6,000; a per-element Python loop makes millions
