"""torch.nn.utils: gradient clipping and flattening parameters into one vector.

clip_grad_norm_ follows PyTorch's arithmetic step by step (a norm per gradient, the norm of
those norms, ``max_norm / (total + 1e-6)`` clamped to 1, one in-place multiply per
gradient), so the returned norm and the clipped gradients print the same digits.
"""
from __future__ import annotations

import numpy as np

from . import ops_join, ops_reduce
from .autograd import no_grad
from .creation import tensor as new_tensor
from .tensor import Tensor


def _tensors(parameters):
    return [parameters] if isinstance(parameters, Tensor) else list(parameters)


def _grads(parameters):
    return [p.grad for p in _tensors(parameters) if p.grad is not None]


def get_total_norm(tensors, norm_type=2.0, error_if_nonfinite=False, foreach=None):
    tensors = _tensors(tensors)
    if not tensors:
        return new_tensor(0.0)
    norm_type = float(norm_type)
    with no_grad():
        norms = [ops_reduce.vector_norm(g, norm_type) for g in tensors]
        total = ops_reduce.vector_norm(ops_join.stack(norms), norm_type)
    if error_if_nonfinite and not np.all(np.isfinite(total._data)):
        raise RuntimeError(
            f"The total norm of order {norm_type} for gradients from `parameters` is "
            "non-finite, so it cannot be clipped. To disable this error and scale the "
            "gradients by the non-finite norm anyway, set `error_if_nonfinite=False`")
    return total


def clip_grads_with_norm_(parameters, max_norm, total_norm, foreach=None):
    grads = _grads(parameters)
    if not grads:
        return
    with no_grad():
        coef = (total_norm + 1e-6).reciprocal() * float(max_norm)
        coef = coef.clamp(max=1.0)
        for g in grads:
            g.mul_(coef)


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False,
                    foreach=None):
    parameters = _tensors(parameters)   # a generator is read once, for both steps
    grads = _grads(parameters)
    total = get_total_norm(grads, norm_type, error_if_nonfinite)
    clip_grads_with_norm_(parameters, max_norm, total)
    return total


def clip_grad_value_(parameters, clip_value, foreach=None):
    clip_value = float(clip_value)
    with no_grad():
        for g in _grads(parameters):
            g.clamp_(min=-clip_value, max=clip_value)


def parameters_to_vector(parameters):
    return ops_join.cat([p.view(-1) for p in parameters])


def vector_to_parameters(vec, parameters):
    if not isinstance(vec, Tensor):
        raise TypeError(f"expected torch.Tensor, but got: {type(vec).__name__}")
    start = 0
    for p in parameters:
        n = p.numel()
        p.data = vec[start:start + n].view_as(p).data
        start += n


FUNCTIONS = {f.__name__: f for f in (
    clip_grad_norm_, clip_grad_value_, get_total_norm, clip_grads_with_norm_,
    parameters_to_vector, vector_to_parameters)}


def extend(ns):
    utils = ns.setdefault("nn", {}).setdefault("utils", {})
    utils.update(FUNCTIONS)
