"""Tensor creation: torch.tensor, ones/zeros/full/empty, arange, linspace, eye, *_like."""
from __future__ import annotations

import math

import numpy as np

from gradcli.limits import check_elements, check_shape

from . import dtypes
from .tensor import Tensor, make


def _finish(arr, dt, requires_grad):
    t = make(arr, dt)
    if requires_grad:
        if dt.category < 2:
            raise RuntimeError(
                "Only Tensors of floating point and complex dtype can require gradients")
        t._requires_grad = True
    return t


def _infer(data, dim, shape, kinds):
    """Walk nested sequences: record the shape and the Python scalar kinds seen."""
    if isinstance(data, Tensor):
        if dim == len(shape):
            shape.extend(data._data.shape)
        kinds.add(data.dtype)
        return
    if isinstance(data, (list, tuple)):
        n = len(data)
        if dim == len(shape):
            shape.append(n)
        elif shape[dim] != n:
            raise ValueError(f"expected sequence of length {shape[dim]} at dim {dim} (got {n})")
        for item in data:
            _infer(item, dim + 1, shape, kinds)
        return
    if dim < len(shape):
        raise TypeError(f"not a sequence")
    if isinstance(data, bool):
        kinds.add(bool)
    elif isinstance(data, int):
        kinds.add(int)
    elif isinstance(data, float):
        kinds.add(float)
    elif isinstance(data, complex):
        kinds.add(complex)
    elif data is None:
        raise RuntimeError("Could not infer dtype of NoneType")
    else:
        raise TypeError(f"new(): invalid data type '{type(data).__name__}'")


def _flat_values(data):
    if isinstance(data, Tensor):
        return data._data.tolist()
    if isinstance(data, (list, tuple)):
        return [_flat_values(x) for x in data]
    return data


def tensor(data, dtype=None, device=None, requires_grad=False, pin_memory=False):
    if isinstance(data, Tensor):
        from gradcli.errors import warn
        warn("To copy construct from a tensor, it is recommended to use "
             "sourceTensor.detach().clone() or sourceTensor.detach().clone()."
             "requires_grad_(True), rather than torch.tensor(sourceTensor).")
        arr = np.array(data._data, dtype=(dtype or data.dtype).np)
        return _finish(arr, dtype or data.dtype, requires_grad)
    if isinstance(data, str):
        raise TypeError("new(): invalid data type 'str'")
    shape = []
    kinds = set()
    _infer(data, 0, shape, kinds)
    if dtype is None:
        tdts = [k for k in kinds if isinstance(k, dtypes.DType)]
        if complex in kinds or any(k.category == 3 for k in tdts):
            dtype = dtypes.default_complex()
            for k in tdts:
                if k.category >= 2 and complex not in kinds:
                    dtype = dtypes.promote(dtype, k)
        elif float in kinds or any(k.category == 2 for k in tdts):
            dtype = dtypes.default_float()
            for k in tdts:
                if k.category == 2:
                    dtype = dtypes.promote(dtype, k) if float not in kinds else dtype
        elif int in kinds or any(k.category == 1 for k in tdts):
            dtype = dtypes.int64
        elif kinds:
            dtype = dtypes.bool_
        else:
            dtype = dtypes.default_float()
    values = _flat_values(data)
    if complex in kinds and dtype.category < 3:
        raise TypeError("must be real number, not complex" if dtype.category == 2 else
                        "'complex' object cannot be interpreted as an integer")
    if dtype.category < 2 and (float in kinds):
        arr = np.array(values, dtype=np.float64)
        arr = np.trunc(arr).astype(dtype.np) if dtype.category == 1 else arr.astype(dtype.np)
    else:
        try:
            arr = np.array(values, dtype=dtype.np)
        except OverflowError:   # an int beyond int64 (torch.tensor(2**63))
            raise ValueError("Overflow when unpacking long long") from None
    if shape and 0 in shape:
        arr = arr.reshape(shape)
    return _finish(arr, dtype, requires_grad)


def as_tensor(data, dtype=None, device=None):
    if isinstance(data, Tensor) and (dtype is None or dtype is data.dtype):
        return data
    return tensor(data, dtype=dtype)


def _size(args, fname):
    if len(args) == 1 and not isinstance(args[0], (tuple, list, Tensor, int)):
        # torch.zeros(n / 2): the one argument is neither a size nor an int
        raise TypeError(f"{fname}(): argument 'size' (position 1) must be tuple of ints, not "
                        f"{type(args[0]).__name__}")
    if len(args) == 1 and isinstance(args[0], (tuple, list)):
        args = tuple(args[0])
    for a in args:
        if isinstance(a, Tensor):
            a = int(a)
        if not isinstance(a, int) or isinstance(a, bool):
            raise TypeError(
                f"{fname}(): argument 'size' (position 1) must be tuple of ints, but found "
                f"element of type {type(a).__name__} at pos 0")
    for a in args:
        if a < 0:
            if fname in ("zeros", "ones", "empty", "full"):
                raise RuntimeError(f"{fname}: Dimension size must be non-negative.")
            raise RuntimeError(
                f"Trying to create tensor with negative dimension {a}: {list(args)}")
    shape = tuple(int(a) for a in args)
    check_shape(shape)      # --max-elements, before numpy allocates
    return shape


def _filled(fname, value):
    def create(*size, dtype=None, device=None, requires_grad=False, out=None, layout=None,
               size_kw=None, **kw):
        if "size" in kw:
            size = (kw.pop("size"),)
        shape = _size(size, fname)
        dt = dtype or dtypes.default_float()
        return _finish(np.full(shape, value, dt.np), dt, requires_grad)
    create.__name__ = fname
    return create


zeros = _filled("zeros", 0)
ones = _filled("ones", 1)
empty = _filled("empty", 0)


def full(size, fill_value, dtype=None, device=None, requires_grad=False):
    shape = _size((size,), "full")
    if isinstance(fill_value, Tensor):
        fill_value = fill_value.item()
    if dtype is None:
        if isinstance(fill_value, bool):
            dtype = dtypes.bool_
        elif isinstance(fill_value, int):
            dtype = dtypes.int64
        else:
            dtype = dtypes.default_float()
    return _finish(np.full(shape, fill_value, dtype.np), dtype, requires_grad)


def _like(fn):
    def create(t, dtype=None, device=None, requires_grad=False, memory_format=None):
        return fn(t._data.shape, dtype=dtype or t.dtype, requires_grad=requires_grad)
    return create


zeros_like = _like(zeros)
ones_like = _like(ones)
empty_like = _like(empty)


def full_like(t, fill_value, dtype=None, device=None, requires_grad=False):
    return full(t._data.shape, fill_value, dtype=dtype or t.dtype, requires_grad=requires_grad)


def _num(v):
    if isinstance(v, Tensor):
        return v.item()
    return v


def arange(start, end=None, step=1, dtype=None, device=None, requires_grad=False):
    start, end, step = _num(start), _num(end), _num(step)
    if end is None:
        start, end = 0, start
    if dtype is None:
        if any(isinstance(v, float) for v in (start, end, step)):
            dtype = dtypes.default_float()
        else:
            dtype = dtypes.int64
    if step == 0:
        raise RuntimeError("step must be nonzero")
    n = math.ceil((end - start) / step)
    if (step > 0 and start > end) or (step < 0 and start < end):
        raise RuntimeError("upper bound and lower bound inconsistent with step sign")
    n = max(n, 0)
    check_elements(n)
    if dtype.category == 2:
        vals = start + np.arange(n, dtype=np.float64) * step
    else:
        vals = start + np.arange(n, dtype=np.int64) * int(step)
    return _finish(vals.astype(dtype.np), dtype, requires_grad)


def linspace(start, end, steps, dtype=None, device=None, requires_grad=False):
    start, end = _num(start), _num(end)
    dtype = dtype or dtypes.default_float()
    if steps < 0:
        raise RuntimeError("number of steps must be non-negative")
    check_elements(int(steps))
    if steps == 0:
        return _finish(np.zeros(0, dtype.np), dtype, requires_grad)
    if steps == 1:
        return _finish(np.full(1, start, dtype.np), dtype, requires_grad)
    if dtype is dtypes.bfloat16:
        return _finish(_linspace_bf16(start, end, steps), dtype, requires_grad)
    ft = dtype.np.type if dtype.category == 2 else np.float64
    if dtype.category < 2:  # an integer linspace runs between the truncated ends
        start, end = math.trunc(start), math.trunc(end)
    step = float(ft((ft(end) - ft(start)) / (steps - 1)))
    # PyTorch fills the first half forwards from start and the second half backwards from
    # end (each value start + step*i or end - step*(steps-1-i), rounded once).
    # Each half is computed in double and rounded once as it is stored (integer dtypes
    # truncate towards zero, as the cast does).
    half = steps // 2
    if dtype is dtypes.float64:  # each value one fused multiply-add, as PyTorch's kernel
        from .random_math import fma64
        out = np.empty(steps, np.float64)
        out[:half] = fma64(step, np.arange(half, dtype=np.float64), float(start))
        out[half:] = fma64(-step, np.arange(steps - 1 - half, -1, -1, dtype=np.float64),
                           float(end))
        return _finish(out, dtype, requires_grad)
    out = np.empty(steps, dtype.np)
    lo = np.arange(half, dtype=np.float64)
    lo *= step
    lo += float(ft(start))
    out[:half] = lo
    del lo
    hi = np.arange(steps - 1 - half, -1, -1, dtype=np.float64)
    hi *= -step
    hi += float(ft(end))
    out[half:] = hi
    return _finish(out, dtype, requires_grad)


def _linspace_bf16(start, end, steps):
    """linspace in bfloat16 arithmetic: every step (the difference, the step, each
    step * i and each sum) is rounded to bfloat16, as PyTorch's bfloat16 kernel does."""
    rnd = dtypes.round_bfloat16
    start = float(rnd(np.float32(start)))
    end = float(rnd(np.float32(end)))
    step = float(rnd(np.float32(float(rnd(np.float32(end - start))) / (steps - 1))))
    half = steps // 2
    lo = rnd(np.arange(half, dtype=np.float64) * step).astype(np.float64) + start
    hi = end - rnd(np.arange(steps - 1 - half, -1, -1, dtype=np.float64) * step).astype(
        np.float64)
    return rnd(np.concatenate([lo, hi]))


def logspace(start, end, steps, base=10.0, dtype=None, requires_grad=False):
    lin = linspace(start, end, steps, dtype=dtypes.float64)
    dtype = dtype or dtypes.default_float()
    return _finish(np.power(base, lin._data).astype(dtype.np), dtype, requires_grad)


def eye(n, m=None, dtype=None, device=None, requires_grad=False):
    dtype = dtype or dtypes.default_float()
    if isinstance(n, int) and isinstance(m, (int, type(None))):
        check_elements(n * (n if m is None else m))
    return _finish(np.eye(n, n if m is None else m, dtype=dtype.np), dtype, requires_grad)


def scalar_tensor(v, dtype=None, requires_grad=False):
    dtype = dtype or dtypes.default_float()
    return _finish(np.array(v, dtype.np), dtype, requires_grad)
