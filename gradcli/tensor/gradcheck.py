"""torch.autograd.gradcheck and gradgradcheck: compare the gradients autograd computes with
central finite differences, element by element, as PyTorch's slow mode does.

The Jacobians have one row per input element and one column per output element (PyTorch's
layout), and a mismatch raises GradcheckError with both of them printed.
"""
from __future__ import annotations

import numpy as np

from gradcli.errors import warn

from . import dtypes
from .tensor import Tensor, make

_DOUBLE_WARNING = (
    "Input #{} requires gradient and is not a double precision floating point or complex. "
    "This check will likely fail if all the inputs are not of double precision floating "
    "point or complex. ")


class GradcheckError(RuntimeError):
    pass


GradcheckError.__module__ = "torch.autograd.gradcheck"


def _tuple(x):
    return tuple(x) if isinstance(x, (tuple, list)) else (x,)


def _differentiable(outputs):
    return [o for o in outputs if isinstance(o, Tensor) and o.dtype.category >= 2]


def _numerical(func, inputs, j, out_index, n_out, eps):
    """d outputs[out_index] / d inputs[j] by central differences: (n_in, n_out)."""
    x = inputs[j]
    flat = x._data.reshape(-1)   # a view: perturbing it perturbs the input
    cols = []
    # grad mode stays on: gradgradcheck's function differentiates inside
    for k in range(flat.size):
        orig = flat[k]
        flat[k] = orig - eps
        lo = _differentiable(_tuple(func(*inputs)))[out_index]._data.astype(np.float64)
        flat[k] = orig + eps
        hi = _differentiable(_tuple(func(*inputs)))[out_index]._data.astype(np.float64)
        flat[k] = orig
        cols.append(((hi - lo) / (2 * eps)).reshape(-1))
    return np.array(cols, dtype=np.float64).reshape(flat.size, n_out)


def _analytical(output, diff_inputs):
    """Rows of d output / d input for each input, one backward pass per output element."""
    from .autograd_api import grad as autograd_grad
    n_out = output._data.size
    jacs = [np.zeros((t._data.size, n_out), np.float64) for t in diff_inputs]
    for m in range(n_out):
        seed = np.zeros(output._data.shape, output.dtype.np)
        seed.reshape(-1)[m] = 1
        grads = autograd_grad(output, diff_inputs, make(seed, output.dtype),
                              retain_graph=True, allow_unused=True)
        for jac, g in zip(jacs, grads):
            if g is not None:
                jac[:, m] = g._data.reshape(-1)
    return jacs


def _show(arr, dtype):
    """A Jacobian printed as PyTorch prints it: a tensor of the input's dtype."""
    return repr(make(arr.astype(dtype.np), dtype))


def gradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True,
              nondet_tol=0.0, check_undefined_grad=True, check_grad_dtypes=False,
              check_batched_grad=False, check_batched_forward_grad=False,
              check_forward_ad=False, check_backward_ad=True, fast_mode=False, masked=None):
    inputs = _tuple(inputs)
    wanted = [i for i, t in enumerate(inputs) if isinstance(t, Tensor) and t.requires_grad]
    if not wanted:
        raise ValueError("gradcheck expects at least one input tensor to require gradient, "
                         "but none of them have requires_grad=True.")
    for i in wanted:
        if inputs[i].dtype not in (dtypes.float64, dtypes.complex128):
            warn(_DOUBLE_WARNING.format(i))
    outputs = _differentiable(_tuple(func(*inputs)))
    diff_inputs = [inputs[i] for i in wanted]
    for oi, out in enumerate(outputs):
        if out.requires_grad:
            analytical = _analytical(out, diff_inputs)
        else:   # an output autograd cannot differentiate has a zero Jacobian
            analytical = [np.zeros((t._data.size, out._data.size)) for t in diff_inputs]
        for pos, j in enumerate(wanted):
            numerical = _numerical(func, inputs, j, oi, out._data.size, eps)
            a = analytical[pos]
            if np.all(np.abs(a - numerical) <= atol + rtol * np.abs(numerical)):
                continue
            if not raise_exception:
                return False
            raise GradcheckError(
                f"Jacobian mismatch for output {oi} with respect to input {j},\n"
                f"numerical:{_show(numerical, inputs[j].dtype)}\n"
                f"analytical:{_show(a, inputs[j].dtype)}\n")
    return True


def gradgradcheck(func, inputs, grad_outputs=None, *, eps=1e-6, atol=1e-5, rtol=1e-3,
                  gen_non_contig_grad_outputs=False, raise_exception=True, nondet_tol=0.0,
                  check_undefined_grad=True, check_grad_dtypes=False,
                  check_batched_grad=False, check_fwd_over_rev=False,
                  check_rev_over_rev=True, fast_mode=False, masked=False):
    from .autograd_api import grad as autograd_grad
    inputs = _tuple(inputs)
    if grad_outputs is None:   # random cotangents in [-1, 1), drawn as PyTorch draws them
        outs = _differentiable(_tuple(func(*inputs)))
        grad_outputs = tuple(
            make(np.empty(o._data.shape, o.dtype.np), o.dtype).uniform_(-1, 1)
            .requires_grad_() for o in outs)
    else:
        grad_outputs = _tuple(grad_outputs)
    n_in = len(inputs)
    wanted = [i for i, t in enumerate(inputs) if isinstance(t, Tensor) and t.requires_grad]

    def first_derivatives(*args):
        ins, gos = args[:n_in], args[n_in:]
        outs = _differentiable(_tuple(func(*ins)))
        grads = autograd_grad(outs, [ins[i] for i in wanted], gos, create_graph=True,
                              allow_unused=True)
        return tuple(g for g in grads if g is not None)

    return gradcheck(first_derivatives, inputs + tuple(grad_outputs), eps=eps, atol=atol,
                     rtol=rtol, raise_exception=raise_exception)


def extend(ns):
    ag = ns.setdefault("autograd", {})
    ag["gradcheck"] = gradcheck
    ag["gradgradcheck"] = gradgradcheck
