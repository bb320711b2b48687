"""torch.autograd.Function: autograd operations written by the script.

    class LegendrePolynomial3(torch.autograd.Function):
        @staticmethod
        def forward(ctx, input):
            ctx.save_for_backward(input)
            return 0.5 * (5 * input ** 3 - 3 * input)

        @staticmethod
        def backward(ctx, grad_output):
            input, = ctx.saved_tensors
            return grad_output * 1.5 * (5 * input ** 2 - 1)

`LegendrePolynomial3.apply(x)` runs forward with grad mode off; when an input needs grad,
every floating-point output gets a `LegendrePolynomial3Backward` node whose backward calls
the script's `backward(ctx, *grads)` (grad mode off unless `create_graph`), with zeros for
outputs that received no gradient, and checks that one gradient comes back per input.
"""
from __future__ import annotations

import numpy as np

from . import autograd
from .autograd import SECOND_BACKWARD, Node, edge_of
from .tensor import Tensor, make


class FunctionCtx:
    """The `ctx` of forward/backward: saved tensors plus any attribute the script sets."""

    _gradcli_open = True  # scripts may set and read their own attributes (gradcli.runtime)
    _script_attrs = frozenset({"save_for_backward", "saved_tensors", "needs_input_grad",
                               "mark_non_differentiable", "mark_dirty",
                               "set_materialize_grads"})
    _script_private = frozenset({"_saved", "_non_diff", "_materialize"})

    def __init__(self, needs_input_grad):
        self.needs_input_grad = needs_input_grad
        self._saved = ()
        self._non_diff = ()
        self._materialize = True

    def save_for_backward(self, *tensors):
        for t in tensors:
            if t is not None and not isinstance(t, Tensor):
                raise TypeError("save_for_backward can only save variables, but argument "
                                f"{tensors.index(t)} is of type {type(t).__name__}")
        self._saved = tuple(tensors)

    @property
    def saved_tensors(self):
        return self._saved

    def mark_non_differentiable(self, *tensors):
        self._non_diff = tuple(tensors)

    def mark_dirty(self, *tensors):
        pass

    def set_materialize_grads(self, value):
        self._materialize = bool(value)

    def __repr__(self):
        return f"<torch.autograd.function.{type(self).__name__} object at {id(self):#x}>"


class CustomNode(Node):
    """The grad_fn of a custom Function's outputs (class named `<Function>Backward`)."""

    __slots__ = ()

    def __repr__(self):
        return f"<torch.autograd.function.{type(self).__name__} object at {id(self):#x}>"


class Function:
    """Base class of script-defined autograd functions."""

    _script_attrs = frozenset({"apply", "forward", "backward", "setup_context"})

    def __init__(self, *args, **kwargs):
        raise RuntimeError(
            "Legacy autograd function with non-static forward method is deprecated. Please "
            "use new-style autograd function with static forward method. (Example: "
            "https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)")

    @staticmethod
    def forward(ctx, *args, **kwargs):
        raise NotImplementedError(
            "You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError(
            "You must implement either the backward or vjp method for your custom "
            "autograd.Function to use it with backward mode AD.")

    @classmethod
    def apply(cls, *args, **kwargs):
        inputs = [a if isinstance(a, Tensor) else None for a in args]
        needs = tuple(t is not None and t._requires_grad for t in inputs)
        ctx = FunctionCtx(needs)
        with autograd.no_grad():
            if _has_setup_context(cls):   # new style: forward(*args), then setup_context
                result = cls.forward(*args, **kwargs)
                cls.setup_context(ctx, args, result)
            else:
                result = cls.forward(ctx, *args, **kwargs)
        if not (autograd.is_grad_enabled() and any(needs)):
            return result
        outs = result if isinstance(result, tuple) else (result,)
        node_cls = cls.__dict__.get("_gradcli_node")
        if node_cls is None:
            node_cls = type(cls.__name__ + "Backward", (CustomNode,), {"__slots__": ()})
            cls._gradcli_node = node_cls  # one node class per Function class
        # the node's inputs are the tensor arguments only (PyTorch's next_functions)
        positions = tuple(i for i, t in enumerate(inputs) if t is not None)
        meta = tuple((inputs[i]._data.shape, inputs[i].dtype) for i in positions)
        shapes = [(o._data.shape, o.dtype) if isinstance(o, Tensor) else None for o in outs]
        node = node_cls(tuple(edge_of(inputs[i]) for i in positions), _backward, None, meta,
                        (cls, ctx, shapes, len(args), positions), n_out=len(outs))
        wrapped = []
        non_diff = {id(t) for t in ctx._non_diff}
        for nr, o in enumerate(outs):
            if isinstance(o, Tensor) and o.dtype.is_floating_point and id(o) not in non_diff:
                if any(o is t for t in inputs) or o._requires_grad or o._base is not None:
                    o = _alias(o)
                o.grad_fn = node
                o._requires_grad = True
                o._output_nr = nr
            wrapped.append(o)
        return tuple(wrapped) if isinstance(result, tuple) else wrapped[0]


def _has_setup_context(cls):
    for klass in cls.__mro__:
        if klass is Function:
            return False
        if "setup_context" in klass.__dict__:
            return True
    return False


def once_differentiable(fn):
    """torch.autograd.function.once_differentiable: run a backward without recording it."""
    def wrapper(ctx, *args):
        with autograd.no_grad():
            return fn(ctx, *args)
    wrapper.__name__ = getattr(fn, "__name__", "backward")
    return wrapper


def _alias(t):
    """A new tensor sharing t's values (an input returned as is gets its own grad_fn)."""
    out = make(t._data, t.dtype)
    out._vc = t._vc
    return out


def _backward(node, grads):
    cls, ctx, shapes, n_inputs, positions = node._ctx
    if node._released:
        raise RuntimeError(SECOND_BACKWARD)
    grads = grads if isinstance(grads, list) else [grads]
    filled = []
    for g, shape in zip(grads, shapes):
        if g is None and shape is not None and ctx._materialize:
            g = make(np.zeros(shape[0], shape[1].np), shape[1])
        filled.append(g)
    result = cls.backward(ctx, *filled)
    res = result if isinstance(result, tuple) else (result,)
    if len(res) > n_inputs and all(r is None for r in res[n_inputs:]):
        res = res[:n_inputs]   # PyTorch drops trailing Nones (gradients of defaulted args)
    if len(res) != n_inputs:
        raise RuntimeError(f"function {type(node).__name__} returned an incorrect number of "
                           f"gradients (expected {n_inputs}, got {len(res)})")
    out = []
    for k, i in enumerate(positions):
        g = res[i]
        if not isinstance(g, Tensor):
            out.append(None)
            continue
        shape, dt = node._meta[k]
        if g._data.shape != shape:
            # PyTorch sums a gradient that broadcasts over the input down to its shape
            if not _expandable(shape, g._data.shape):
                raise RuntimeError(
                    f"Function {type(node).__name__} returned an invalid gradient at index "
                    f"{k} - got {list(g._data.shape)} but expected shape compatible with "
                    f"{list(shape)}")
            g = g.sum_to_size(shape)
        if g.dtype is not dt:
            g = g.to(dt)
        out.append(g)
    return tuple(out)


def _expandable(shape, target):
    """Can a tensor of `shape` be expanded to `target`?"""
    if len(shape) > len(target):
        return False
    for s, t in zip(reversed(shape), reversed(target)):
        if s != t and s != 1:
            return False
    return True

