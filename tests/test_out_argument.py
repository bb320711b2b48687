"""`out=` details that the golden scripts (tests/golden/scripts/out_argument.py) cannot
show: the resize warning goes to stderr. Texts recorded with PyTorch 2.13."""
from __future__ import annotations

import io

from gradcli.runner import run_source

RESIZE = (
    "w.py:3: UserWarning: An output with one or more elements was resized since it had shape "
    "[2], which does not match the required output shape [2, 3]. This behavior is deprecated, "
    "and in a future PyTorch release outputs will not be resized unless they have zero "
    "elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero "
    "elements with t.resize_(0). (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)\n"
    "  r = torch.add(torch.ones(2, 3), 1, out=o)\n")


def _run(src):
    out, err = io.StringIO(), io.StringIO()
    code = run_source(src, "w.py", out, err)
    return code, out.getvalue(), err.getvalue()


def test_resizing_a_nonempty_out_warns_once_per_line():
    src = ("import torch\no = torch.empty(2)\nr = torch.add(torch.ones(2, 3), 1, out=o)\n"
           "print(r is o, o)\ne = torch.empty(0)\ntorch.add(torch.ones(2), 1, out=e)\n"
           "print(e)\n")
    code, out, err = _run(src)
    assert code == 0
    assert out == ("True tensor([[2., 2., 2.],\n        [2., 2., 2.]])\ntensor([2., 2.])\n")
    assert err == RESIZE


def test_warning_inside_a_lambda_points_at_the_lambda():
    src = ("import torch\ndef call(f):\n    return f()\n"
           "r = call(lambda: torch.add(torch.ones(3), 1, out=torch.empty(1)))\n")
    code, _, err = _run(src)
    assert code == 0
    assert err.startswith("w.py:4: UserWarning: An output with one or more elements")
    assert err.endswith("\n  r = call(lambda: torch.add(torch.ones(3), 1, out=torch.empty(1)))\n")


def test_out_with_a_grad_input_is_refused_with_position():
    src = ("import torch\nx = torch.ones(2, requires_grad=True)\n"
           "torch.exp(x, out=torch.empty(2))\n")
    code, _, err = _run(src)
    assert code == 1
    assert "w.py:3:" in err and ("RuntimeError: exp(): functions with out=... arguments don't "
                                 "support automatic differentiation") in err
