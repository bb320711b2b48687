"""Nothing recurses on graph depth: backward, printing and grad_fn walks of very deep graphs."""
from __future__ import annotations

import io
import sys

from gradcli.runner import run_source


def test_chain_of_100000_multiplications_backpropagates():
    src = ("import torch\n"
           "x = torch.tensor([1.0, 2.0], requires_grad=True)\n"
           "y = x\n"
           "for i in range(100000):\n"
           "    y = y * 1.00001\n"
           "y.sum().backward()\n"
           "print(x.grad)\n"
           "print(y.grad_fn)\n")
    out, err = io.StringIO(), io.StringIO()
    limit = sys.getrecursionlimit()
    assert run_source(src, "deep.py", out, err) == 0, err.getvalue()
    lines = out.getvalue().splitlines()
    assert lines[0] == "tensor([2.7219, 2.7219])"  # PyTorch 2.13 prints this (float32 steps)
    assert lines[1].startswith("<MulBackward0 object at 0x")
    assert sys.getrecursionlimit() == limit


def test_deep_graph_is_released_without_recursion():
    src = ("import torch\n"
           "x = torch.ones(1, requires_grad=True)\n"
           "y = x\n"
           "for i in range(200000):\n"
           "    y = y + 1\n"
           "del y\n"
           "print('freed')\n")
    out, err = io.StringIO(), io.StringIO()
    assert run_source(src, "free.py", out, err) == 0, err.getvalue()
    assert out.getvalue() == "freed\n"
