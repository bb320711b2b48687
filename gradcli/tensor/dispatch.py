"""Shared op plumbing: operand coercion, type promotion, broadcasting checks, in-place ops.

Every op family uses these helpers so that promotion, broadcasting errors and the rules
for in-place operations live in one place.
"""
from __future__ import annotations

import re

import numpy as np

from gradcli.limits import check_shape

from . import dtypes
from .autograd import is_grad_enabled
from .tensor import NoGradView, Tensor, make

np.seterr(all="ignore")  # nan/inf flow through ops as in PyTorch, silently

SCALAR_TYPES = (bool, int, float, complex)


def is_scalar(v) -> bool:
    return isinstance(v, SCALAR_TYPES) or isinstance(v, np.generic)


def scalar_kind(v):
    if isinstance(v, (bool, np.bool_)):
        return bool
    if isinstance(v, (int, np.integer)):
        return int
    if isinstance(v, (complex, np.complexfloating)):
        return complex
    return float


def result_dtype(*operands) -> dtypes.DType:
    """PyTorch's result type of tensors and Python scalars."""
    tens = []
    kinds = []
    for v in operands:
        if isinstance(v, Tensor):
            tens.append((v._data.ndim, v.dtype))
        elif v is not None:
            kinds.append(scalar_kind(v))
    return dtypes.result_type(tens, kinds)


def data_as(v, dt: dtypes.DType):
    """The operand's values as an array (or NumPy scalar) of dtype dt."""
    if isinstance(v, Tensor):
        d = v._data
        return d if d.dtype == dt.np else d.astype(dt.np)
    if dt.category == 1 and isinstance(v, float):
        return dt.np.type(int(v))
    return dt.np.type(v)


def broadcast_shape(sa, sb):
    """The broadcast shape of two shapes, or PyTorch's error."""
    if sa == sb:
        return sa
    na, nb = len(sa), len(sb)
    n = max(na, nb)
    out = [0] * n
    for i in range(1, n + 1):
        a = sa[-i] if i <= na else 1
        b = sb[-i] if i <= nb else 1
        if a == b or b == 1:
            out[-i] = a
        elif a == 1:
            out[-i] = b
        else:
            raise RuntimeError(
                f"The size of tensor a ({a}) must match the size of tensor b ({b}) at "
                f"non-singleton dimension {n - i}")
    check_shape(out, "the broadcast result")   # --max-elements
    return tuple(out)


def check_broadcast(a, b):
    sa = a._data.shape if isinstance(a, Tensor) else ()
    sb = b._data.shape if isinstance(b, Tensor) else ()
    if sa != sb:
        broadcast_shape(sa, sb)


def as_tensor_operand(v, like=None):
    """Wrap a Python scalar as a 0-d tensor (for ops that need tensors)."""
    if isinstance(v, Tensor):
        return v
    if is_scalar(v):
        k = scalar_kind(v)
        dt = dtypes.default_float() if k is float else (
            dtypes.bool_ if k is bool else dtypes.int64 if k is int else
            dtypes.default_complex())
        return make(np.array(v, dt.np), dt)
    raise TypeError(f"expected Tensor as element, but got {type(v).__name__}")


# ---------------------------------------------------------------------------
# In-place operations

LEAF_INPLACE = "a leaf Variable that requires grad is being used in an in-place operation."
VIEW_LEAF_INPLACE = ("a view of a leaf Variable that requires grad is being used in an "
                     "in-place operation.")


def check_inplace(self):
    """PyTorch's checks before an in-place op on `self` while grad mode is on."""
    if not is_grad_enabled():
        return
    if type(self._multi) is NoGradView:
        fn = self.grad_fn
        if fn is None:
            raise RuntimeError("A view was created in no_grad mode and " + NO_GRAD_VIEW_INPLACE)
        name = re.sub(r"Backward\d*$", "", type(fn).__name__)
        raise RuntimeError(f"Output {self._output_nr} of {name} is a view of a view which was "
                           "created in no_grad mode and " + NO_GRAD_VIEW_INPLACE)
    if self._multi and self.grad_fn is not None:
        name = re.sub(r"Backward\d*$", "", type(self.grad_fn).__name__)
        raise RuntimeError(
            f"Output {self._output_nr} of {name} is a view and is being modified inplace. "
            "This view is the output of a function that returns multiple views. Such "
            "functions do not allow the output views to be modified inplace. You should "
            "replace the inplace operation by an out-of-place one.")
    if self.grad_fn is None and self._requires_grad:
        if self._base is not None:
            raise RuntimeError(VIEW_LEAF_INPLACE)
        raise RuntimeError(LEAF_INPLACE)
    base = self._base
    if base is not None and base.grad_fn is None and base._requires_grad:
        raise RuntimeError(VIEW_LEAF_INPLACE)


NO_GRAD_VIEW_INPLACE = (
    "is being modified inplace with grad mode enabled. "
    "Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify "
    "your code by moving both the view and the inplace either both inside the no_grad block "
    "(if you don't want the inplace to be tracked) or both outside (if you want the inplace "
    "to be tracked).")
INTERNAL_OVERLAP = (
    "unsupported operation: more than one element of the written-to tensor refers to a single "
    "memory location. Please clone() the tensor before performing the operation.")
PARTIAL_OVERLAP = (
    "unsupported operation: some elements of the input tensor and the written-to tensor refer "
    "to a single memory location. Please clone() the tensor before performing the operation.")


def _dense(a):
    """Non-overlapping and dense: the elements tile one block of memory in some order."""
    expect = a.itemsize
    for st, n in sorted((st, n) for st, n in zip(a.strides, a.shape) if n != 1):
        if st != expect:
            return False
        expect *= n
    return True


def check_overlap(self, args, internal=True):
    """PyTorch's memory-overlap checks of an in-place write into self: self must not repeat
    an element (an expanded tensor; fill_ and zero_ pass internal=False), and no tensor
    operand may partly share self's memory. Exactly the same memory (same start, size and
    strides) is fine; layouts that are not dense are not examined, as in PyTorch."""
    sd = self._data
    if internal and sd.size and any(st == 0 and n > 1 for st, n in zip(sd.strides, sd.shape)):
        raise RuntimeError(INTERNAL_OVERLAP)
    for arg in args:
        if type(arg) is not Tensor:
            continue
        od = arg._data
        if od is sd or not np.may_share_memory(od, sd) or not (_dense(sd) and _dense(od)):
            continue
        if (od.__array_interface__["data"][0] == sd.__array_interface__["data"][0]
                and od.nbytes == sd.nbytes and od.strides == sd.strides):
            continue
        raise RuntimeError(PARTIAL_OVERLAP)


def snapshot(self):
    """An alias of self with copied values and the same graph edge.

    Used as the operand of the out-of-place computation behind an in-place op, so that a
    node saving its input keeps the values from before the write.
    """
    if not (is_grad_enabled() and self._requires_grad):
        return self
    alias = make(self._data.copy(), self.dtype)
    alias.grad_fn = self.grad_fn
    alias._requires_grad = True
    alias._output_nr = self._output_nr
    alias._acc = self._acc
    return alias


def commit_inplace(self, result):
    """Write an out-of-place result into self, as an in-place op does, and rebase self."""
    rd = result._data
    sd = self._data
    if rd.shape != sd.shape:
        raise RuntimeError(
            f"output with shape {list(sd.shape)} doesn't match the broadcast shape "
            f"{list(broadcast_shape(sd.shape, rd.shape))}")
    if result.dtype is not self.dtype:
        if result.dtype.category > self.dtype.category:
            raise RuntimeError(
                f"result type {result.dtype.short_name} can't be cast to the desired output "
                f"type {self.dtype.short_name}")
        rd = rd.astype(self.dtype.np)
    if sd.ndim == 0 and not sd.flags.writeable:
        self._data = np.array(rd)
    elif not sd.flags.writeable:  # an expanded tensor (only fill_ / zero_ get here)
        alias = sd.view()
        alias.flags.writeable = True
        alias[...] = rd
    else:
        sd[...] = rd
    self._vc[0] += 1
    node = result.grad_fn
    old_fn, old_nr = self.grad_fn, self._output_nr
    if node is not None:
        from .ops_shape import rebase_view
        if self._base is not None:  # result requires grad here, so the base's graph changes
            rebase_view(self, node)
        else:
            self.grad_fn = node
            self._requires_grad = True
            self._output_nr = 0
        from .ops_shape import refresh_views
        refresh_views(self._base if self._base is not None else self, self)
        if node._sv is not None:
            node._sv = tuple(
                (i, self.detach(), self._vc[0], True) if is_out else (i, t, v, is_out)
                for i, t, v, is_out in node._sv)
        if self._retains_grad and old_fn is not None and old_fn is not self.grad_fn:
            _move_retain_hook(self, old_fn, old_nr)
    return self


def _move_retain_hook(self, old_fn, old_nr):
    """retain_grad() follows the tensor to its new grad_fn after an in-place op, as in
    PyTorch: .grad is then the gradient of the tensor's current values."""
    hooks = old_fn._pre_hooks or []
    old_fn._pre_hooks = [e for e in hooks
                         if not (len(e) > 2 and e[2] == "retain" and e[0] == old_nr)]
    self._retains_grad = False
    self.retain_grad()


def inplace(self, op, *args, overlap_ok=False, **kwargs):
    """Run `op(self, *args)` out of place and commit it into self (overlap_ok: the op may
    write into an expanded tensor, as fill_ and zero_ may)."""
    check_inplace(self)
    check_overlap(self, args + tuple(kwargs.values()), internal=not overlap_ok)
    result = op(snapshot(self), *args, **kwargs)
    return commit_inplace(self, result)
