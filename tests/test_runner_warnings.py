"""NumPy's RuntimeWarnings never leak into a script's stderr (PyTorch is silent there)."""
from __future__ import annotations

import io

from gradcli.runner import run_source


def test_empty_mean_and_invalid_values_are_silent():
    src = ("import torch\n"
           "e = torch.zeros(0, 3, requires_grad=True)\n"
           "m = e.mean()\n"
           "print(m)\n"
           "m.backward()\n"
           "print(torch.tensor([0.0, -1.0]).log(), torch.tensor([0.0]) / 0)\n")
    out, err = io.StringIO(), io.StringIO()
    assert run_source(src, "w.py", out, err) == 0
    assert out.getvalue() == ("tensor(nan, grad_fn=<MeanBackward0>)\n"
                              "tensor([-inf, nan]) tensor([nan])\n")
    assert err.getvalue() == ""
