"""Warnings on a script's stderr: NumPy's RuntimeWarnings never leak (PyTorch is silent
there); PyTorch's own deprecation warnings appear."""
from __future__ import annotations

import io

from gradcli.runner import run_source


def _run(src):
    """(stdout, stderr) of a script that must succeed."""
    out, err = io.StringIO(), io.StringIO()
    assert run_source(src, "w.py", out, err) == 0
    return out.getvalue(), err.getvalue()


def test_empty_mean_and_invalid_values_are_silent():
    src = ("import torch\n"
           "e = torch.zeros(0, 3, requires_grad=True)\n"
           "m = e.mean()\n"
           "print(m)\n"
           "m.backward()\n"
           "print(torch.tensor([0.0, -1.0]).log(), torch.tensor([0.0]) / 0)\n")
    out, err = _run(src)
    assert out == "tensor(nan, grad_fn=<MeanBackward0>)\ntensor([-inf, nan]) tensor([nan])\n"
    assert err == ""


def test_legacy_loss_arguments_choose_the_reduction_and_warn():
    """size_average=/reduce= map to a reduction as in PyTorch (values from PyTorch 2.13),
    with its deprecation warning (PyTorch names its own file; gradcli the script line)."""
    src = ("import torch\n"
           "y_pred = torch.tensor([1.0, 2.0, 3.0])\n"
           "y = torch.zeros(3)\n"
           "print(torch.nn.MSELoss(size_average=False)(y_pred, y), "
           "torch.nn.functional.mse_loss(y_pred, y, reduce=False))\n"
           "print(torch.nn.functional.l1_loss(y_pred, y, size_average=False), "
           "torch.nn.L1Loss(reduce=False)(y_pred, y))\n"
           "print(torch.nn.CrossEntropyLoss(size_average=False)(torch.zeros(2, 3), "
           "torch.tensor([0, 2])))\n")
    out, err = _run(src)
    assert out == ("tensor(14.) tensor([1., 4., 9.])\n"
                   "tensor(6.) tensor([1., 2., 3.])\n"
                   "tensor(2.1972)\n")
    message = ("UserWarning: size_average and reduce args will be deprecated, please use "
               "reduction='{}' instead.")
    lines = [ln for ln in err.splitlines() if "UserWarning" in ln]
    assert lines == [f"w.py:{n}: " + message.format(r) for n, r in
                     ((4, "sum"), (4, "none"), (5, "sum"), (5, "none"), (6, "sum"))]
