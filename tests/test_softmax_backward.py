"""softmax and log_softmax (forward and backward) over the last dim reproduce PyTorch's kernel bit for bit: y * (g - S)
with S = sum(g * y) in the order of an 8-lane vector reduction (oracle data: PyTorch's own
softmax outputs y, upstream gradients g and the resulting input gradients)."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from gradcli.tensor import api  # noqa: F401  (loads the op modules)
from gradcli.tensor.autograd import no_grad
from gradcli.tensor.dtypes import float32
from gradcli.tensor.ops_reduce_extra import _softmax_bwd, lane_sum_lastdim
from gradcli.tensor.tensor import make

DATA = json.loads((Path(__file__).parent / "golden" / "ops"
                   / "softmax_backward_lastdim.json").read_text())


class _Node:
    def __init__(self, y):
        self._y = y
        self._ctx = (y._data.ndim - 1,)

    def saved(self):
        return (self._y,)


@pytest.mark.parametrize("width", sorted(DATA, key=int))
def test_matches_pytorch_bits(width):
    y, g, expected = (np.array(v, np.float32) for v in DATA[width])
    with no_grad():  # as inside a backward pass
        (got,) = _softmax_bwd(_Node(make(y, float32)), make(g, float32))
    assert np.array_equal(got._data.view(np.uint32), expected.view(np.uint32))


def test_lane_sum_order_differs_from_left_to_right():
    a = np.array([[1e8, 1.0, -1e8, 1.0, 0.5, 0.25, 3.0, 1.0, 7.0]], np.float32)
    lanes = lane_sum_lastdim(a)[0, 0]
    left_to_right = np.float32(0)
    for v in a[0]:
        left_to_right = np.float32(left_to_right + v)
    assert lanes != left_to_right


LOG_DATA = json.loads((Path(__file__).parent / "golden" / "ops"
                       / "log_softmax_backward_lastdim.json").read_text())


@pytest.mark.parametrize("width", sorted(LOG_DATA, key=int))
def test_log_softmax_matches_pytorch_bits(width):
    """g - exp(y) * S as one fused multiply-add, SLEEF's vector exp, S in lane order."""
    from gradcli.tensor.ops_reduce_extra import _log_softmax_bwd
    y, g, expected = (np.array(v, np.float32) for v in LOG_DATA[width])
    with no_grad():
        (got,) = _log_softmax_bwd(_Node(make(y, float32)), make(g, float32))
    assert np.array_equal(got._data.view(np.uint32), expected.view(np.uint32))


def test_cross_entropy_forward_and_gradient_follow_the_kernels():
    """F.cross_entropy's gradient equals PyTorch's bits on this oracle case (it depends on
    the log_softmax forward and backward kernels above)."""
    import io

    from gradcli.runner import run_source
    src = ("import torch\nimport torch.nn.functional as F\n"
           "x = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]], requires_grad=True)\n"
           "F.cross_entropy(x, torch.tensor([0, 1])).backward()\nprint(x.grad.tolist())\n")
    out = io.StringIO()
    assert run_source(src, "ce.py", out, io.StringIO()) == 0
    assert out.getvalue() == ("[[-0.17049941420555115, 0.12121649086475372, "
                              "0.049282949417829514], [0.0580572672188282, "
                              "-0.07101160287857056, 0.012954327277839184]]\n")  # PyTorch 2.13


def test_softmax_forward_matches_pytorch_bits():
    """exp(x - max) with SLEEF's vector exp, 8-lane sum, times the reciprocal (40 oracle
    matrices with 2-39 classes)."""
    from gradcli.tensor.ops_reduce_extra import softmax
    cases = json.loads((Path(__file__).parent / "golden" / "ops"
                        / "softmax_forward_lastdim.json").read_text())
    for x, y in cases:
        got = softmax(make(np.array(x, np.float32), float32), 1)._data
        assert np.array_equal(got.view(np.uint32), np.array(y, np.float32).view(np.uint32))
