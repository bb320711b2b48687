"""nan, inf, integer division by zero and integer overflow behave as in PyTorch.

Expected values come from real PyTorch 2.13 (the torch oracle), one expression each; the
script must never leak a Python exception or a NumPy warning.
"""
import io

import pytest

from gradcli.runner import run_source

PRELUDE = """import torch
def t(f):
    try:
        print(f())
    except Exception as e:
        print('EXC', type(e).__name__, str(e).splitlines()[0][:120])
x = torch.tensor([1., 0., -1., float('nan'), float('inf'), -float('inf')])
i = torch.tensor([7, -7, 0])
"""

#: (expression, what PyTorch 2.13 prints: the value, or "EXC Type message")
CASES = [
    ('x / 0', 'tensor([inf, nan, -inf, nan, inf, -inf])'),
    ('x.log()', 'tensor([0., -inf, nan, nan, inf, nan])'),
    ('x.sqrt()', 'tensor([1., 0., nan, nan, inf, nan])'),
    ('x.exp()', 'tensor([2.7183, 1.0000, 0.3679,    nan,    inf, 0.0000])'),
    ('x * 0', 'tensor([0., 0., -0., nan, nan, nan])'),
    ('x.sum()', 'tensor(nan)'),
    ('x.max()', 'tensor(nan)'),
    ('x.min()', 'tensor(nan)'),
    ('x.argmax()', 'tensor(3)'),
    ('x.softmax(0)', 'tensor([nan, nan, nan, nan, nan, nan])'),
    ('torch.sigmoid(x)', 'tensor([0.7311, 0.5000, 0.2689,    nan, 1.0000, 0.0000])'),
    ('torch.tanh(x)', 'tensor([ 0.7616,  0.0000, -0.7616,     nan,  1.0000, -1.0000])'),
    ('x.pow(0)', 'tensor([1., 1., 1., 1., 1., 1.])'),
    ('x ** 0.5', 'tensor([1., 0., nan, nan, inf, nan])'),
    ('x.clamp(0, 1)', 'tensor([1., 0., 0., nan, 1., 0.])'),
    ('x.sort()[0]', 'tensor([-inf, -1.,  0.,  1., inf, nan])'),
    ('x.mean()', 'tensor(nan)'),
    ('x.round()', 'tensor([ 1.,  0., -1., nan, inf, -inf])'),
    ('x.floor()', 'tensor([ 1.,  0., -1., nan, inf, -inf])'),
    ('x.sign()', 'tensor([ 1.,  0., -1.,  0.,  1., -1.])'),
    ('torch.tensor(1e38) * 10', 'tensor(inf)'),
    ('torch.tensor([3e38]).exp()', 'tensor([inf])'),
    ('i // 0', 'EXC RuntimeError ZeroDivisionError'),
    ('i % 0', 'EXC RuntimeError ZeroDivisionError'),
    ('i / 0', 'tensor([inf, -inf, nan])'),
    ('i // torch.tensor([0, 0, 0])', 'EXC RuntimeError ZeroDivisionError'),
    ('torch.fmod(i, 0)', 'EXC RuntimeError ZeroDivisionError'),
    ('torch.remainder(i, 0)', 'EXC RuntimeError ZeroDivisionError'),
    ('torch.tensor([2**62]) * 4', 'tensor([0])'),
    ('torch.tensor([2**63 - 1]) + 1', 'tensor([-9223372036854775808])'),
    ('torch.tensor(2**63)', 'EXC ValueError Overflow when unpacking long long'),
    ('torch.tensor([2]) ** -1', 'EXC RuntimeError Integers to negative integer powers are not allowed.'),
    ('torch.tensor([5], dtype=torch.int8) * 100', 'tensor([-12], dtype=torch.int8)'),
    ('torch.tensor([-2**63]) // -1', 'tensor([-9223372036854775808])'),
    ('torch.tensor([-2**63]).abs()', 'tensor([-9223372036854775808])'),
    ('torch.tensor([1.,2.]).int() // 0', 'EXC RuntimeError ZeroDivisionError'),
    ('x.int()', 'tensor([          1,           0,          -1, -2147483648, -2147483648,\n        -2147483648], dtype=torch.int32)'),
    ("torch.tensor([float('nan')]).long()", 'tensor([-9223372036854775808])'),
    ("(x * torch.tensor(float('nan'))).sum()", 'tensor(nan)'),
    ('torch.tensor([0.]) / torch.tensor([0.])', 'tensor([nan])'),
    ('torch.tensor(5) // 2', 'tensor(2)'),
    ('torch.tensor(-5) // 2', 'tensor(-3)'),
    ('torch.tensor(-5) % 3', 'tensor(1)'),
    ('torch.tensor(5.) % 0', 'tensor(nan)'),
    ('torch.tensor([1, 2]).float().var()', 'tensor(0.5000)'),
]

#: Known differences in op implementations: expression -> reason (strict xfail, so a fix
#: must remove its entry).
KNOWN: dict[str, str] = {}


def _run(source):
    out, err = io.StringIO(), io.StringIO()
    code = run_source(source, "n.py", out, err)
    return code, out.getvalue(), err.getvalue()


def test_all_cases_in_one_run_have_no_warnings():
    src = PRELUDE + "".join(f"t(lambda: {e})\n" for e, _ in CASES)
    code, out, err = _run(src)
    assert code == 0
    assert err == ""                    # no NumPy RuntimeWarning, no traceback


@pytest.mark.parametrize("expr,expected", [
    pytest.param(e, x, marks=pytest.mark.xfail(reason=KNOWN[e], strict=True)) if e in KNOWN
    else (e, x) for e, x in CASES], ids=[e for e, _ in CASES])
def test_matches_pytorch(expr, expected):
    code, out, err = _run(PRELUDE + f"t(lambda: {expr})\n")
    assert code == 0, err
    assert out.rstrip("\n") == expected


def test_uncaught_integer_division_by_zero_reports_position():
    code, out, err = _run("import torch\ni = torch.tensor([1, 2])\ny = i // 0\n")
    assert code == 1
    assert err.splitlines()[0] == "n.py:3:5: RuntimeError: ZeroDivisionError"


def test_python_division_by_zero_is_pythons():
    code, out, err = _run("x = 1 / 0\n")
    assert code == 1
    assert err.splitlines()[0] == "n.py:1:5: ZeroDivisionError: division by zero"


def test_nan_gradients_flow():
    code, out, err = _run("import torch\nx = torch.tensor([0., -1., 4.], requires_grad=True)\n"
                          "y = x.sqrt().sum()\ny.backward()\nprint(x.grad)\n")
    assert (code, err) == (0, "")
    assert out == "tensor([   inf,    nan, 0.2500])\n"


def test_zero_dim_reductions_accept_dim_zero():
    code, out, err = _run("import torch\nx = torch.tensor(4.)\n"
                          "print(x.mean(dim=0), x.sum(dim=-1), x.mean(0, keepdim=True))\n")
    assert (code, err) == (0, "")
    assert out == "tensor(4.) tensor(4.) tensor(4.)\n"   # PyTorch 2.13's output
