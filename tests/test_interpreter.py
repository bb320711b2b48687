"""Pure-Python scripts must print exactly what CPython prints.

The expected output comes from running the same texts with the real python3
(one subprocess for the whole batch); gradcli runs them in-process.  Snippets
that raise are compared on the exception type and message.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap

import pytest

from gradcli import runtime
from gradcli.runner import run_source

SNIPPETS: dict[str, str] = {
    "arith": "print(1 + 2 * 3, (1 + 2) * 3, 7 / 2, 7 // 2, -7 // 2, 7 % -3, 2 ** 10)",
    "power_prec": "x = 3\nprint(-x**2, 2**-1, 2**3**2, (-2)**2, -2**0.5)",
    "unary": "print(-(-3), +4, ~5, not 0, not [1])",
    "bitwise": "print(6 & 3, 6 | 3, 6 ^ 3, 1 << 4, 256 >> 2, ~0 & 0xff)",
    "compare_chain": textwrap.dedent("""\
        calls = []
        def f(v):
            calls.append(v)
            return v
        print(f(1) < f(2) < f(3), calls)
        print(1 < 3 > 2, 1 == 1.0 != 2, 3 > 2 > 5)
        """),
    "in_is": "a = [1, 2]\nprint(1 in a, 3 not in a, a is a, a is not None, None is None)",
    "boolops": "print(0 or [] or 'x', 1 and 2 and 3, 1 and 0 and 3, None or 0)",
    "short_circuit": "def boom():\n    raise ValueError('no')\nprint(False and boom(), True or boom())",
    "ifexp": "x = 5\nprint('big' if x > 3 else 'small', 'a' if 0 else 'b' if 1 else 'c')",
    "floats": "print(1e-3, 1., .5, 1.5e10, 0.1 + 0.2, 1/3, 2.0, 1e16, -0.0, 1e300 * 1e10)",
    "ints": "print(0xff, 0o17, 0b101, 1_000_000, 10**20, -5 // 2, int('12') + 1)",
    "strings": textwrap.dedent(r"""
        print('a' 'b' "c", 'it\'s', "tab\there", r'\d+', '''tri
        ple''', "\x41\u00e9\N{GREEK SMALL LETTER ALPHA}")
        print(len('héllo'), 'abc'[::-1], 'abc'[1:], 'x' * 3)
        """),
    "unicode": "# 中文注释\ns = '你好'  # 注释\nprint(s, len(s), s + '世界')",
    "fstrings": textwrap.dedent("""\
        v = 3.14159
        w = 8
        name = 'x'
        print(f"{v:.2f}|{v!r}|{name!s}|{name:>{w}}|{{}}|{v:{w}.3f}|{w=}")
        print(f"{'nested'}{1 + 2}{[1, 2][0]}{ {'a': 1}['a'] }")
        print(f'{3:05d} {255:x} {0.5:%} {1234567:,}')
        """),
    "format_methods": textwrap.dedent("""\
        print('{} + {} = {}'.format(1, 2, 3), '{0}{1}{0}'.format('a', 'b'))
        print('{x:.3f} {y}'.format(x=2.5, y=[1]), '%d-%s-%.2f' % (1, 'a', 2.5))
        print(', '.join(['a', 'b']), 'a,b,c'.split(','), '  pad  '.strip().upper())
        print('abc'.replace('b', 'X'), 'abc'.startswith('a'), 'Hello'.lower().find('l'))
        """),
    "lists": textwrap.dedent("""\
        a = [3, 1, 2]
        a.append(5)
        a.extend([0])
        a.sort()
        print(a, a[0], a[-1], a[1:3], a[::2], len(a), a.pop(), a.index(2))
        a[0] = 9
        a[1:3] = [7, 7]
        del a[0]
        print(a, a * 2, [1] + [2], sorted(a, reverse=True))
        """),
    "tuples": "t = (1, 2, 3)\ns = 1,\nprint(t, s, (), (1,), t[1:], t.count(2), t + (4,))",
    "dicts": textwrap.dedent("""\
        d = {'a': 1, 'b': 2}
        d['c'] = 3
        print(d, d['a'], d.get('z', 0), list(d.keys()), list(d.values()))
        for k, v in d.items():
            print(k, v)
        print({**d, 'a': 10}, dict(x=1, y=2), len(d), 'a' in d)
        del d['a']
        print(d, d.pop('b'), d)
        """),
    "sets": "s = {3, 1, 2}\ns.add(4)\nprint(sorted(s), 1 in s, len(s), sorted({1, 2} | {3}), set())",
    "listcomp": "print([x * x for x in range(5) if x % 2 == 0], [(i, j) for i in range(3) for j in range(i)])",
    "dictcomp_setcomp": "print({k: k * 2 for k in 'ab'}, sorted({x % 3 for x in range(10)}))",
    "genexp": "print(sum(x * x for x in range(10)), any(x > 3 for x in [1, 5]), all(x for x in []))",
    "comp_scope": "x = 'outer'\nys = [x for x in range(3)]\nprint(x, ys)",
    "comp_closure": "fs = [lambda: i for i in range(3)]\nprint([f() for f in fs])",
    "nested_comp": "m = [[1, 2], [3, 4]]\nprint([v for row in m for v in row], [[r[i] for r in m] for i in range(2)])",
    "for_else": textwrap.dedent("""\
        for i in range(3):
            pass
        else:
            print('done', i)
        for i in range(10):
            if i == 2:
                break
        else:
            print('never')
        print(i)
        """),
    "while_else": textwrap.dedent("""\
        n = 0
        while n < 5:
            n += 1
            if n == 2:
                continue
        else:
            print('while else', n)
        while True:
            n -= 1
            if n < 0:
                break
        print(n)
        """),
    "nested_loops_break": textwrap.dedent("""\
        out = []
        for i in range(3):
            for j in range(3):
                if j > i:
                    break
                out.append((i, j))
        print(out)
        """),
    "enumerate_zip": "for i, (a, b) in enumerate(zip('xy', [1, 2]), start=1):\n    print(i, a, b)",
    "iterate_dict_tuple": "for k in {'a': 1, 'b': 2}:\n    print(k)\nfor v in (1, 'two', 3.0):\n    print(v)",
    "if_elif_else": textwrap.dedent("""\
        for x in [-1, 0, 1]:
            if x < 0:
                print('neg')
            elif x == 0:
                print('zero')
            else:
                print('pos')
        """),
    "functions": textwrap.dedent("""\
        def f(a, b=2, *args, c=3, **kw):
            return a, b, args, c, kw
        print(f(1))
        print(f(1, 5, 6, 7, c=0, d=9))
        print(f(*[1, 2, 3], **{'c': 4}))
        def g(x, /, y, *, z):
            return x + y + z
        print(g(1, y=2, z=3))
        """),
    "defaults_once": textwrap.dedent("""\
        def add(x, acc=[]):
            acc.append(x)
            return acc
        add(1)
        print(add(2))
        """),
    "recursion": "def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\nprint(fact(20), fact(1))",
    "closures": textwrap.dedent("""\
        def make(n):
            def add(x):
                return x + n
            return add
        print(make(3)(4))
        def counter():
            count = 0
            def inc():
                nonlocal count
                count += 1
                return count
            return inc
        c = counter()
        c()
        print(c(), c())
        """),
    "global_stmt": "g = 1\ndef f():\n    global g\n    g += 1\nf()\nf()\nprint(g)",
    "lambda": "sq = lambda x, p=2: x ** p\nprint(sq(3), sq(2, 3), (lambda: 'k')(), sorted([3, 1, 2], key=lambda v: -v))",
    "decorator": textwrap.dedent("""\
        def twice(fn):
            def wrapper(*a):
                return fn(fn(*a))
            return wrapper
        def tag(label):
            def deco(fn):
                return lambda x: label + str(fn(x))
            return deco
        @tag('v=')
        @twice
        def inc(x):
            return x + 1
        print(inc(1))
        """),
    "unpacking": "a, b = 1, 2\na, b = b, a\n(c, d), e = (3, 4), 5\nf, *g = [1, 2, 3]\n*h, i = 'xyz'\nprint(a, b, c, d, e, f, g, h, i)",
    "chained_assign": "a = b = [1]\nb.append(2)\nprint(a, a is b)",
    "augassign_all": textwrap.dedent("""\
        x = 10
        x += 1; x -= 2; x *= 3; x //= 2; x %= 7; x **= 2; x /= 4
        y = 6
        y &= 3; y |= 8; y ^= 1; y <<= 2; y >>= 1
        print(x, y)
        l = [1]
        m = l
        l += [2]
        print(m, l is m)
        t = (1,)
        u = t
        t += (2,)
        print(u, t)
        """),
    "augassign_targets": "d = {'k': 1}\nd['k'] += 5\nl = [1, 2]\nl[-1] *= 10\nprint(d, l)",
    "try_except": textwrap.dedent("""\
        try:
            [][1]
        except (KeyError, IndexError) as e:
            print('caught', type(e) is IndexError, e)
        else:
            print('no')
        finally:
            print('finally')
        try:
            pass
        except Exception:
            print('no')
        else:
            print('else runs')
        """),
    "exception_scope": "try:\n    1/0\nexcept ZeroDivisionError as e:\n    msg = str(e)\nprint(msg)\ntry:\n    print(e)\nexcept NameError as n:\n    print('gone', n)",
    "raise_reraise": textwrap.dedent("""\
        def f():
            try:
                raise ValueError('inner')
            except ValueError:
                raise
        try:
            f()
        except Exception as e:
            print(repr(e), e.args)
        try:
            raise RuntimeError
        except RuntimeError as e:
            print(repr(e))
        try:
            raise KeyError('k') from None
        except LookupError as e:
            print(e, isinstance(e, KeyError))
        """),
    "finally_return": textwrap.dedent("""\
        def f():
            try:
                return 'try'
            finally:
                print('cleanup')
        print(f())
        def g():
            for i in range(3):
                try:
                    if i == 1:
                        break
                finally:
                    print('fin', i)
            return i
        print(g())
        """),
    "assert_ok": "assert 1 == 1, 'fine'\nassert True\nprint('ok')",
    "with_stmt": textwrap.dedent("""\
        def use():
            return 1
        try:
            with 5:
                pass
        except TypeError as e:
            print(e)
        """),
    "del_names": "x = 1\ndel x\ntry:\n    x\nexcept NameError as e:\n    print(e)",
    "builtins_misc": textwrap.dedent("""\
        print(abs(-3), min(3, 1, 2), max([4, 5]), round(2.675, 2), round(3.5), divmod(7, 2))
        print(pow(2, 10), pow(2, 10, 7), float('1.5'), int(3.9), bool([]), str(1.0), repr('a'))
        print(list(range(2, 10, 3)), tuple('ab'), list(reversed([1, 2])), list(map(abs, [-1, 2])))
        print(list(filter(None, [0, 1, 2])), isinstance(1, int), isinstance(1.0, (int, float)))
        print(sum([0.1] * 10), len({}), chr(65), ord('a'), hex(255), bin(5), sorted('cba'))
        print(min([], default=0), max('abc', key=ord), list(zip([1, 2], 'ab')), range(3))
        """),
    "print_args": "print(1, 2, sep='-', end='!\\n')\nprint()\nprint('a', 'b', sep='')\nprint([1, 'a', None, True, 1.0])",
    "math_module": "import math\nfrom math import sqrt, pi as PI\nprint(math.sqrt(2), sqrt(16), PI, math.floor(2.5), math.exp(1), math.log(8, 2), math.inf, math.isnan(math.nan))",
    "future_import": "from __future__ import annotations\nprint('ok')",
    "main_guard": "def main():\n    print('in main')\nif __name__ == '__main__':\n    main()",
    "type_hints": "def f(x: int, y: float = 1.0) -> float:\n    return x * y\nz: int = 3\nprint(f(2), z)",
    "line_continuation": "x = 1 + \\\n    2\ny = (3 +\n     4)\nz = [1,\n     2,\n]\nprint(x, y, z)",
    "semicolons": "a = 1; b = 2; print(a + b);",
    "ellipsis_none": "print(..., None, Ellipsis is ..., [1, 2][...] if False else 'skip')",
    "slicing_objects": textwrap.dedent("""\
        s = 'abcdefgh'
        print(s[1:6:2], s[-3:], s[:2], s[::-2], s[1:-1])
        l = list(range(10))
        print(l[2:8:3], l[slice(1, 4)])
        """),
    "while_counter": "i = 0\ntotal = 0\nwhile i < 1000:\n    total += i\n    i += 1\nprint(total)",
    "string_methods_more": "print('a-b-c'.rsplit('-', 1), 'x'.center(5, '*'), 'Title case'.title(), 'ab'.zfill(4), '1'.isdigit())",
    "nested_functions_scope": textwrap.dedent("""\
        x = 'global'
        def outer():
            x = 'outer'
            def inner():
                return x
            return inner()
        print(outer(), x)
        """),
    "star_in_displays": "a = [1, 2]\nprint([*a, 3], (*a,), {*a}, {**{'k': 1}})",
    "sum_start": "print(sum([[1], [2]], []), sum(range(5), 10))",
    "int_float_printing": "print(1/7, 100.0, 1e-5, 123456789.0 * 10**10, 2**0.5, float('inf'), -float('inf'))",
    "comp_in_function": textwrap.dedent("""\
        def f():
            n = 2
            return [x * n for x in range(3)], sum(x + n for x in range(3)), {k: n for k in 'ab'}
        print(f())
        def g():
            fs = []
            for i in range(3):
                fs.append(lambda: i)
            return [h() for h in fs]
        print(g())
        def outer():
            a = 1
            def mid():
                def inner():
                    return a + 1
                return inner()
            return mid()
        print(outer())
        """),
    "finally_continue_return": textwrap.dedent("""\
        def h(n):
            try:
                for i in range(n):
                    try:
                        if i == 1:
                            continue
                        if i == 3:
                            return 'ret'
                    finally:
                        print('f', i)
            finally:
                print('outer finally')
        print(h(5))
        """),
    "genexp_in_function": textwrap.dedent("""\
        def total(xs):
            t = 0
            for v in (y * 2 for y in xs if y):
                t += v
            return t
        print(total([0, 1, 2]))
        d = {}
        d.setdefault('k', []).append(1)
        print(d, list(enumerate('ab')), [*range(3)], {**d})
        """),
    # scripts that raise: type and message must match CPython
    "err_zero_div": "print('before')\nx = 1 / 0",
    "err_name": "print(undefined_thing)",
    "err_unbound_local": "def f():\n    print(v)\n    v = 1\nf()",
    "err_free_unbound": "def h():\n    def i():\n        return z\n    i()\n    z = 1\nh()",
    "err_index": "[1, 2][5]",
    "err_key": "{'a': 1}['b']",
    "err_type_add": "1 + 'a'",
    "err_unpack_many": "a, b = [1, 2, 3]",
    "err_unpack_few": "a, b, c = [1, 2]",
    "err_unpack_star": "a, *b, c = [1]",
    "err_unpack_int": "a, b = 5",
    "err_args_missing": "def f(a, b):\n    pass\nf(1)",
    "err_args_too_many": "def f(a, b=1):\n    pass\nf(1, 2, 3)",
    "err_kwarg_unexpected": "def f(a):\n    pass\nf(a=1, b=2)",
    "err_kwarg_multiple": "def f(a):\n    pass\nf(1, a=2)",
    "err_kwonly_missing": "def f(*, k):\n    pass\nf()",
    "err_assert_msg": "assert 1 > 2, 'one is not bigger'",
    "err_assert_bare": "x = 0\nassert x",
    "err_raise_custom": "raise ValueError('custom message')",
    "err_recursion": "def f(n):\n    return f(n + 1)\nf(0)",
    "err_attr_list": "[].nope",
    "err_not_callable": "x = 5\nx()",
    "err_bad_except_type": "try:\n    1/0\nexcept 5:\n    pass",
    "err_with_protocol": "with 5:\n    pass",
    "err_reraise_none": "raise",
    "err_float_conv": "float('abc')",
}

# Snippets whose texts differ from CPython on purpose (documented in docs/language.md).
_DRIVER = r"""
import io, json, sys, contextlib
results = {}
for name, src in json.load(sys.stdin).items():
    out = io.StringIO()
    error = None
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(src, "script.py", "exec"), {"__name__": "__main__"})
        except BaseException as e:
            error = [type(e).__name__, str(e)]
    results[name] = [out.getvalue(), error]
print(json.dumps(results))
"""


@pytest.fixture(scope="module")
def cpython_results():
    proc = subprocess.run([sys.executable, "-c", _DRIVER], input=json.dumps(SNIPPETS),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _run(src: str):
    out, err = io.StringIO(), io.StringIO()
    code = run_source(src, "script.py", out, err)
    return code, out.getvalue(), err.getvalue()


def test_enough_snippets():
    assert len(SNIPPETS) >= 60


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_matches_cpython(name, cpython_results):
    expected_out, expected_error = cpython_results[name]
    code, out, err = _run(SNIPPETS[name])
    assert out == expected_out, err
    assert "Traceback" not in err
    if expected_error is None:
        assert code == 0, err
        assert err == ""
    else:
        assert code == 1, err
        kind, message = expected_error
        first = err.splitlines()[0]
        # "script.py:LINE:COL: Type: message" (no ": message" when it is empty)
        assert first.startswith("script.py:"), first
        tail = first.split(": ", 1)[1]
        assert tail == (f"{kind}: {message}" if message else kind)


def test_loop_of_many_small_steps():
    src = "t = 0\nfor i in range(200000):\n    t += i * 2\nprint(t)"
    code, out, _ = _run(src)
    assert code == 0 and out == f"{sum(i * 2 for i in range(200000))}\n"


def test_error_points_at_innermost_expression():
    code, _, err = _run("def f(x):\n    return x / 0\n\ny = 1 + f(2)\n")
    assert code == 1
    assert err.splitlines()[0] == "script.py:2:12: ZeroDivisionError: division by zero"
    assert err.splitlines()[2] == "               ^~~~~"


def test_script_functions_are_real_callables():
    code, out, _ = _run("def key(v):\n    return -v\nprint(sorted([1, 3, 2], key=key), list(map(key, [1])))")
    assert (code, out) == (0, "[3, 2, 1] [-1]\n")


def test_fresh_namespace_per_run():
    assert _run("leak = 1")[0] == 0
    code, _, err = _run("print(leak)")
    assert code == 1 and "NameError: name 'leak' is not defined" in err


def test_sandboxed_format_cannot_reach_dunders():
    code, _, err = _run("print('{0.__class__}'.format(1))")
    assert code == 1
    assert "AttributeError" in err and "not allowed" in err


def test_engine_objects_follow_script_attrs():
    class Thing:
        _script_attrs = frozenset({"visible", "_version", "bump"})
        _script_settable = frozenset({"visible"})

        def __init__(self):
            self.visible = 1
            self.hidden = 2
            self._version = 0

        def bump(self):
            self._version += 1
            return self

        def __imul__(self, other):
            self.visible *= other
            return self

    runtime.set_torch_provider(lambda: {"Thing": Thing, "nn": {"functional": {"k": 7}}})
    try:
        src = textwrap.dedent("""\
            import torch
            import torch.nn.functional as F
            from torch.nn import functional
            from torch import nn
            t = torch.Thing()
            t.visible = 5
            t.bump().bump()
            print(t.visible, t._version, F.k, functional.k, nn.functional.k, torch)
            t.visible *= 3
            print(t.visible)
            try:
                t.hidden
            except AttributeError as e:
                print(e)
            try:
                t.hidden = 3
            except AttributeError as e:
                print(e)
            try:
                torch.missing
            except AttributeError as e:
                print(e)
            """)
        code, out, err = _run(src)
        assert code == 0, err
        assert out.splitlines() == [
            "5 2 7 7 7 <module 'torch'>",
            "15",
            "'Thing' object has no attribute 'hidden'",
            "'Thing' object has no attribute 'hidden'",
            "module 'torch' has no attribute 'missing'",
        ]
        assert _run("import torch\nprint(torch.__version__)")[1] == "2.13.0+cpu\n"
        code, _, err = _run("import torch.linalg")
        assert code == 1 and "ModuleNotFoundError: No module named 'torch.linalg'" in err
    finally:
        runtime.set_torch_provider(None)


def test_context_manager_protocol_and_decorator_objects():
    class NoGrad:
        _script_attrs = frozenset()
        log: list = []

        def __enter__(self):
            NoGrad.log.append("enter")
            return "value"

        def __exit__(self, *exc):
            NoGrad.log.append("exit" if exc[0] is None else f"exit {exc[0].__name__}")
            return False

        def __call__(self, fn):
            def wrapped(*a):
                with self:
                    return fn(*a)
            return wrapped

    runtime.set_torch_provider(lambda: {"no_grad": NoGrad})
    try:
        src = textwrap.dedent("""\
            import torch
            with torch.no_grad() as v:
                print(v)
            @torch.no_grad()
            def f(x):
                return x + 1
            print(f(1))
            try:
                with torch.no_grad():
                    1 / 0
            except ZeroDivisionError:
                print('caught')
            """)
        code, out, err = _run(src)
        assert code == 0, err
        assert out == "value\n2\ncaught\n"
        assert NoGrad.log == ["enter", "exit", "enter", "exit", "enter", "exit ZeroDivisionError"]
    finally:
        runtime.set_torch_provider(None)


def test_warn_prints_python_format_once_per_location():
    from gradcli import errors

    def noisy():
        errors.warn("careful")
        return 1

    runtime.set_torch_provider(lambda: {"noisy": noisy})
    try:
        src = "import torch\nfor i in range(3):\n    torch.noisy()\ntorch.noisy()\n"
        code, _, err = _run(src)
        assert code == 0
        assert err == ("script.py:3: UserWarning: careful\n  torch.noisy()\n"
                       "script.py:4: UserWarning: careful\n  torch.noisy()\n")
    finally:
        runtime.set_torch_provider(None)


def test_reset_hooks_run_before_each_script():
    from gradcli import runner
    calls = []
    hook = lambda: calls.append(1)  # noqa: E731
    runner.add_reset_hook(hook)
    try:
        _run("pass")
        _run("pass")
        assert calls == [1, 1]
    finally:
        runner._reset_hooks.remove(hook)
