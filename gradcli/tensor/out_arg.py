"""`out=` on torch functions (`torch.add(x, y, out=result)`, as in the classic tutorial).

The result is computed as usual, then written into `out` the way PyTorch does it: no
autograd through `out=`, a result dtype that must be castable to out's, no partial memory
overlap between out and the inputs, and an out of a different shape resized (with
PyTorch's deprecation warning unless out was empty). The function returns `out`.
"""
from __future__ import annotations

import numpy as np

from gradcli.errors import warn

from .autograd import is_grad_enabled
from .dispatch import check_overlap
from .tensor import Tensor

#: torch.NAME functions of the Tensor-method family that take no `out=` in PyTorch (views,
#: in-place forms, predicates, ...); the rest of api._METHOD_FUNCTIONS take it
_NO_OUT = frozenset("""
    reshape flatten ravel unflatten squeeze unsqueeze transpose swapaxes swapdims permute t
    clone unbind narrow masked_fill allclose equal isnan isinf isfinite count_nonzero relu
    relu_ positive softmax log_softmax var_mean std_mean argsort einsum det trace dist exp_ isclose
    sigmoid_ tanh_ sqrt_ clamp_min_ clamp_max_
""".split())
#: creation and joining functions that take `out=`
_OTHER_OUT = frozenset("""
    cat concat concatenate stack where zeros ones empty full arange linspace logspace eye
    rand randn randint randperm normal
""".split())

_RESIZE_SITE = "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)"


def _tensors(values):
    for v in values:
        if isinstance(v, Tensor):
            yield v
        elif isinstance(v, (list, tuple)):
            yield from (t for t in v if isinstance(t, Tensor))


def with_out(name, fn):
    """fn, taking `out=` as PyTorch's torch.NAME does."""
    def function(*args, out=None, **kwargs):
        if out is None:
            return fn(*args, **kwargs)
        outs = tuple(out) if isinstance(out, (tuple, list)) else (out,)
        inputs = list(_tensors(args)) + list(_tensors(kwargs.values()))
        if is_grad_enabled() and any(t._requires_grad for t in inputs + list(_tensors(outs))):
            raise RuntimeError(
                f"{name}(): functions with out=... arguments don't support automatic "
                "differentiation, but one of the arguments requires grad.")
        for o in outs:
            if not isinstance(o, Tensor):
                raise TypeError(
                    f"{name}(): argument 'out' must be Tensor, not {type(o).__name__}")
        result = fn(*args, **kwargs)
        results = tuple(result) if isinstance(result, tuple) else (result,)
        if len(results) != len(outs):
            raise TypeError(f"{name}(): argument 'out' must be tuple of {len(results)} Tensors")
        for res, o in zip(results, outs):
            _write(res, o, inputs)
        name_of = getattr(result, "_name", None)
        if name_of is not None:  # torch.return_types.sort -> torch.return_types.sort_out
            from .ops_reduce import ReturnTypes
            return ReturnTypes.make(name_of + "_out", *outs)
        return out
    function.__name__ = function.__qualname__ = name
    return function


def _write(res, out, inputs):
    if res.dtype.category > out.dtype.category:
        raise RuntimeError(
            f"result type {res.dtype.short_name} can't be cast to the desired output type "
            f"{out.dtype.short_name}")
    check_overlap(out, inputs)
    rd = res._data
    if rd.shape == out._data.shape and out._data.flags.writeable:
        out._data[...] = rd
    else:
        if out._data.size:
            warn(f"An output with one or more elements was resized since it had shape "
                 f"{list(out._data.shape)}, which does not match the required output shape "
                 f"{list(rd.shape)}. This behavior is deprecated, and in a future PyTorch "
                 "release outputs will not be resized unless they have zero elements. You "
                 "can explicitly reuse an out tensor t by resizing it, inplace, to zero "
                 f"elements with t.resize_(0). {_RESIZE_SITE}")
        out._data = np.array(rd, dtype=out.dtype.np)
    out._vc[0] += 1


def out_functions() -> frozenset:
    """The torch.NAME functions that take `out=`."""
    from .api import _METHOD_FUNCTIONS
    return (frozenset(_METHOD_FUNCTIONS) - _NO_OUT) | _OTHER_OUT


def extend(ns):
    for name in out_functions():
        if name in ns:
            ns[name] = with_out(name, ns[name])
