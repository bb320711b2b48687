"""`torch.autograd`: grad, backward, grad-mode helpers, anomaly mode (accepted, no-op) and
`torch.autograd.functional` (jacobian, hessian, vjp, jvp, vhp, hvp).

The functional API is built on reverse mode only: a Jacobian is assembled row by row with
`grad`, and forward products (jvp, hvp) use the double-backward construction (the gradient
of a vector-Jacobian product with respect to its zero-valued cotangent).
"""
from __future__ import annotations

import numpy as np

from . import autograd
from .tensor import (Tensor, _as_tuple, _make_grads, backward_many, edge_key, make,
                     run_roots)

# ---------------------------------------------------------------------------
# torch.autograd.grad


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False,
         only_inputs=True, allow_unused=None, is_grads_batched=False,
         materialize_grads=False):
    if materialize_grads and allow_unused is False:
        raise ValueError(
            "Expected allow_unused to be True or not passed when materialize_grads=True, "
            "but got: allow_unused=False.")
    if allow_unused is None:
        allow_unused = materialize_grads
    outputs = _as_tuple(outputs)
    inputs = _as_tuple(inputs)
    for t in outputs + inputs:
        if not isinstance(t, Tensor):
            raise TypeError(
                f"expected Tensor as element, but got {type(t).__name__}")
    if grad_outputs is None:
        grad_outputs = (None,) * len(outputs)
    else:
        grad_outputs = _as_tuple(grad_outputs)
    if len(grad_outputs) != len(outputs):
        raise RuntimeError(
            f"grad requires one grad_output per output, but got {len(grad_outputs)} "
            f"grad_outputs and {len(outputs)} outputs")
    grads = _make_grads(outputs, grad_outputs, create_graph)
    if retain_graph is None:
        retain_graph = create_graph
    for t in inputs:
        if not t._requires_grad:
            raise RuntimeError("One of the differentiated Tensors does not require grad")
    capture = {}
    slots = []
    for t in inputs:
        key = edge_key(t)
        if key not in capture:
            capture[key] = len(capture)
        slots.append(capture[key])
    got = run_roots(outputs, grads, retain_graph, create_graph, capture=capture)
    result = []
    for i, (t, k) in enumerate(zip(inputs, slots)):
        g = got[k]
        if g is None:
            if not allow_unused:
                raise RuntimeError(
                    f"The differentiated Tensor at index {i} appears to not have been used in "
                    "the graph. Set allow_unused=True if this is the desired behavior.")
            if materialize_grads:
                g = make(np.zeros(t._data.shape, t.dtype.np), t.dtype)
        elif g.dtype is not t.dtype and t.dtype.is_floating_point:
            g = g.to(t.dtype)
        result.append(g)
    return tuple(result)


def backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False,
             grad_variables=None, inputs=None):
    if grad_variables is not None and grad_tensors is None:
        grad_tensors = grad_variables
    backward_many(tensors, grad_tensors, retain_graph, create_graph, inputs)


# ---------------------------------------------------------------------------
# Anomaly mode: accepted and ignored (errors already name the failing node).

_anomaly = {"enabled": False, "check_nan": True}


class set_detect_anomaly:
    _script_attrs = frozenset()

    def __init__(self, mode, check_nan=True):
        self._prev = dict(_anomaly)
        _anomaly["enabled"] = bool(mode)
        _anomaly["check_nan"] = bool(check_nan)

    def __enter__(self):
        return None

    def __exit__(self, *exc):
        _anomaly.update(self._prev)
        return False

    def __repr__(self):
        return f"<torch.autograd.anomaly_mode.set_detect_anomaly object at {id(self):#x}>"


class detect_anomaly:
    _script_attrs = frozenset()

    def __init__(self, check_nan=True):
        self._check_nan = bool(check_nan)

    def __enter__(self):
        self._prev = dict(_anomaly)
        _anomaly["enabled"] = True
        _anomaly["check_nan"] = self._check_nan
        return None

    def __exit__(self, *exc):
        _anomaly.update(self._prev)
        return False

    def __call__(self, fn):
        def wrapper(*args, **kwargs):
            with self:
                return fn(*args, **kwargs)
        return wrapper

    def __repr__(self):
        return f"<torch.autograd.anomaly_mode.detect_anomaly object at {id(self):#x}>"


def is_inference_mode_enabled():
    return autograd._state["inference"]


def is_anomaly_enabled():
    return _anomaly["enabled"]


def is_anomaly_check_nan_enabled():
    return _anomaly["check_nan"]


# ---------------------------------------------------------------------------
# torch.autograd.functional


def _tuple_in(value, arg_name, fn_name):
    """(is_tuple, tuple of tensors) with PyTorch's type check of inputs/outputs."""
    if isinstance(value, Tensor):
        return False, (value,)
    if isinstance(value, (tuple, list)):
        for i, el in enumerate(value):
            if not isinstance(el, Tensor):
                raise TypeError(
                    f"The {arg_name} given to {fn_name} must be either a Tensor or a tuple of "
                    f"Tensors but the value at index {i} has type {type(el)}.")
        return True, tuple(value)
    raise TypeError(
        f"The {arg_name} given to {fn_name} must be either a Tensor or a tuple of Tensors "
        f"but the given {arg_name} has type {type(value)}.")


def _prep(inputs, create_graph, need_graph=True):
    res = []
    for t in inputs:
        if create_graph and t._requires_grad:
            res.append(t.view_as(t))
        else:
            res.append(t.detach().requires_grad_(need_graph))
    return tuple(res)


def _post(values, create_graph):
    res = []
    for t in values:
        if t is None:
            res.append(None)
        elif isinstance(t, tuple):
            res.append(_post(t, create_graph))
        elif create_graph:
            res.append(t)
        else:
            res.append(t.detach())
    return tuple(res)


def _shape_out(value, *is_tuple):
    """Undo the tuple wrapping for each level whose input was a plain Tensor."""
    if len(is_tuple) == 1:
        return value if is_tuple[0] else value[0]
    outer, inner = is_tuple
    if not inner:
        value = tuple(v[0] for v in value)
    return value if outer else value[0]


def _agrad(outputs, inputs, grad_outputs=None, create_graph=False, retain_graph=None):
    """Gradients of the outputs that require grad; None for inputs not reached."""
    keep = [(o, g) for o, g in zip(outputs, grad_outputs or (None,) * len(outputs))
            if o is not None and o._requires_grad]
    if not keep:
        return (None,) * len(inputs)
    return grad(tuple(o for o, _ in keep), inputs, tuple(g for _, g in keep),
                allow_unused=True, create_graph=create_graph, retain_graph=retain_graph)


def _fill_zeros(grads, refs):
    res = []
    for g, r in zip(grads, refs):
        if g is None:
            g = make(np.zeros(r._data.shape, r.dtype.np), r.dtype)
        res.append(g)
    return tuple(res)


def _check_v(v, ref, fn_name, what):
    is_t, v = _tuple_in(v, "v", fn_name)
    if len(v) != len(ref):
        raise RuntimeError(
            f"v is a tuple of invalid length: should be {len(ref)} but got {len(v)}.")
    for i, (a, b) in enumerate(zip(v, ref)):
        if a._data.shape != b._data.shape:
            raise RuntimeError(
                f"Entry {i} in v has invalid size: should be {b.shape} but got {a.shape}.")
    return v


def _call(func, inputs, in_tuple, fn_name):
    out = func(*inputs) if in_tuple else func(inputs[0])
    return _tuple_in(out, "outputs of the user-provided function", fn_name)


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False,
             strategy="reverse-mode"):
    if strategy not in ("forward-mode", "reverse-mode"):
        raise ValueError(
            'Expected strategy to be either "forward-mode" or "reverse-mode". Hint: If your '
            'function has more outputs than inputs, "forward-mode" tends to be more '
            'performant. Otherwise, prefer to use "reverse-mode".')
    with autograd.enable_grad():
        in_tuple, inputs = _tuple_in(inputs, "inputs", "jacobian")
        inputs = _prep(inputs, create_graph)
        out_tuple, outputs = _call(func, inputs, in_tuple, "jacobian")
        jac = []
        for out in outputs:
            rows = [[] for _ in inputs]
            flat = out.reshape(-1)
            for j in range(flat.shape[0]):
                gs = _agrad((flat[j],), inputs, retain_graph=True, create_graph=create_graph)
                for k, (g, inp) in enumerate(zip(gs, inputs)):
                    if g is None:
                        if strict:
                            raise RuntimeError(
                                f"Output {len(jac)} of the user-provided function is "
                                f"independent of input {k}. This is not allowed in strict "
                                "mode.")
                        g = make(np.zeros(inp._data.shape, inp.dtype.np), inp.dtype)
                    rows[k].append(g)
            from .ops_join import stack
            per_input = []
            for k, inp in enumerate(inputs):
                shape = tuple(out._data.shape) + tuple(inp._data.shape)
                if rows[k]:
                    per_input.append(stack(rows[k], 0).view(shape))
                else:
                    per_input.append(make(np.zeros(shape, out.dtype.np), out.dtype))
            jac.append(tuple(per_input))
        jac = _post(tuple(jac), create_graph)
        return _shape_out(jac, out_tuple, in_tuple)


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False,
            outer_jacobian_strategy="reverse-mode"):
    in_tuple, inputs = _tuple_in(inputs, "inputs", "hessian")

    def ensure_single(*inp):
        out = func(*inp)
        is_t, t = _tuple_in(out, "outputs of the user-provided function", "hessian")
        if is_t:
            raise RuntimeError(
                "The function given to hessian should return a single Tensor")
        if t[0].numel() != 1:
            raise RuntimeError(
                "The Tensor returned by the function given to hessian should contain a "
                "single element")
        return t[0].squeeze()

    def jac_func(*inp):
        return jacobian(ensure_single, inp, create_graph=True)

    res = jacobian(jac_func, inputs, create_graph=create_graph, strict=strict)
    return _shape_out(res, in_tuple, in_tuple)


def vjp(func, inputs, v=None, create_graph=False, strict=False):
    with autograd.enable_grad():
        in_tuple, inputs = _tuple_in(inputs, "inputs", "vjp")
        inputs = _prep(inputs, create_graph)
        out_tuple, outputs = _call(func, inputs, in_tuple, "vjp")
        if v is not None:
            v = _check_v(v, outputs, "vjp", "outputs")
        else:
            if len(outputs) != 1 or outputs[0].numel() != 1:
                raise RuntimeError(
                    "The vector v can only be None if the user-provided function returns a "
                    "single Tensor with a single element.")
        gs = _agrad(outputs, inputs, v, create_graph=create_graph)
        gs = _fill_zeros(gs, inputs)
        outputs = _post(outputs, create_graph)
        gs = _post(gs, create_graph)
        return _shape_out(outputs, out_tuple), _shape_out(gs, in_tuple)


def jvp(func, inputs, v=None, create_graph=False, strict=False):
    with autograd.enable_grad():
        in_tuple, inputs = _tuple_in(inputs, "inputs", "jvp")
        inputs = _prep(inputs, create_graph)
        if v is not None:
            v = _check_v(v, inputs, "jvp", "inputs")
        else:
            if len(inputs) != 1 or inputs[0].numel() != 1:
                raise RuntimeError(
                    "The vector v can only be None if the input to the user-provided function "
                    "is a single Tensor with a single element.")
        out_tuple, outputs = _call(func, inputs, in_tuple, "jvp")
        gouts = tuple(make(np.zeros(o._data.shape, o.dtype.np), o.dtype).requires_grad_()
                      for o in outputs)
        gin = _agrad(outputs, inputs, gouts, create_graph=True)
        res = _agrad(gin, gouts, v, create_graph=create_graph)
        res = _fill_zeros(res, outputs)
        outputs = _post(outputs, create_graph)
        res = _post(res, create_graph)
        return _shape_out(outputs, out_tuple), _shape_out(res, out_tuple)


def _scalar_fn_out(func, inputs, in_tuple, fn_name):
    out_tuple, outputs = _call(func, inputs, in_tuple, fn_name)
    if out_tuple:
        raise RuntimeError(
            f"The function given to {fn_name} should return a single Tensor")
    if outputs[0].numel() != 1:
        raise RuntimeError(
            f"The Tensor returned by the function given to {fn_name} should contain a single "
            "element")
    return outputs


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    return _hvp_impl(func, inputs, v, create_graph, "vhp")


def hvp(func, inputs, v=None, create_graph=False, strict=False):
    return _hvp_impl(func, inputs, v, create_graph, "hvp")


def _hvp_impl(func, inputs, v, create_graph, fn_name):
    with autograd.enable_grad():
        in_tuple, inputs = _tuple_in(inputs, "inputs", fn_name)
        inputs = _prep(inputs, create_graph)
        if v is not None:
            v = _check_v(v, inputs, fn_name, "inputs")
        else:
            if len(inputs) != 1 or inputs[0].numel() != 1:
                raise RuntimeError(
                    "The vector v can only be None if the input to the user-provided function "
                    "is a single Tensor with a single element.")
        outputs = _scalar_fn_out(func, inputs, in_tuple, fn_name)
        jac = _agrad(outputs, inputs, create_graph=True)
        if fn_name == "vhp":
            res = _agrad(jac, inputs, v, create_graph=create_graph)
        else:
            gjac = tuple(make(np.zeros(t._data.shape, t.dtype.np), t.dtype).requires_grad_()
                         for t in inputs)
            dbl = _agrad(jac, inputs, gjac, create_graph=True)
            res = _agrad(dbl, gjac, v, create_graph=create_graph)
        res = _fill_zeros(res, inputs)
        outputs = _post(outputs, create_graph)
        res = _post(res, create_graph)
        return outputs[0], _shape_out(res, in_tuple)


def extend(ns):
    functional = {
        "jacobian": jacobian, "hessian": hessian, "vjp": vjp, "jvp": jvp,
        "vhp": vhp, "hvp": hvp,
    }
    entries = {
        "grad": grad, "backward": backward, "functional": functional,
        "no_grad": autograd.no_grad, "enable_grad": autograd.enable_grad,
        "set_grad_enabled": autograd.set_grad_enabled,
        "inference_mode": autograd.inference_mode,
        "set_detect_anomaly": set_detect_anomaly, "detect_anomaly": detect_anomaly,
        "is_anomaly_enabled": is_anomaly_enabled,
        "is_anomaly_check_nan_enabled": is_anomaly_check_nan_enabled,
    }
    from .custom_function import Function, FunctionCtx, once_differentiable
    entries["Function"] = Function
    entries["function"] = {"Function": Function, "FunctionCtx": FunctionCtx,
                           "once_differentiable": once_differentiable}
    ag = ns.get("autograd")
    if not isinstance(ag, dict):
        ag = ns["autograd"] = {}
    ag.update(entries)
    ns.setdefault("is_inference_mode_enabled", is_inference_mode_enabled)
    ns.setdefault("set_detect_anomaly", set_detect_anomaly)
