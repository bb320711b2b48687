"""dtype conversions: to(), float(), double(), long(), int(), bool(), type()."""
from __future__ import annotations

import numpy as np

from . import dtypes
from .autograd import node_class
from .tensor import Tensor, make, record, tensor_method

_TO_COPY = node_class("ToCopyBackward0")


def convert(self, dt, copy=False):
    if dt is self.dtype and not copy:
        return self
    d = self._data
    if self.dtype.category == 3 and dt.category < 3:
        from gradcli.errors import warn
        warn("Casting complex values to real discards the imaginary part (Triggered "
             "internally at /__w/pytorch/pytorch/aten/src/ATen/native/Copy.cpp:307.)")
        d = d.real
    out = make(d.astype(dt.np), dt)
    if dt.category < 2 or self.dtype.category < 2:
        return out
    src_dt = self.dtype
    return record(out, _TO_COPY, (self,), lambda n, g: (g.to(src_dt),))


#: the device types PyTorch's device strings may start with (in its error text's order)
_DEVICE_TYPES = ("cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip",
                 "ve", "fpga", "maia", "xla", "lazy", "vulkan", "mps", "meta", "hpu", "mtia",
                 "privateuseone")


def _check_device(spec):
    """A device given to .to(): the CPU is fine, a string must name a device type."""
    if not isinstance(spec, str):
        return
    kind = spec.split(":")[0]
    if kind not in _DEVICE_TYPES:
        raise RuntimeError(f"Expected one of {', '.join(_DEVICE_TYPES)} device type at start "
                           f"of device string: {spec}")
    if kind == "cuda":
        raise AssertionError("Torch not compiled with CUDA enabled")
    if kind != "cpu":
        raise RuntimeError(f"gradcli runs on the CPU only (asked for device {spec!r})")


@tensor_method("to")
def to(self, *args, dtype=None, copy=False, non_blocking=False, device=None):
    _check_device(device)
    for a in args:
        if isinstance(a, dtypes.DType):
            dtype = a
        elif isinstance(a, Tensor):
            dtype = a.dtype
        else:
            _check_device(a)
    if dtype is None:
        return self
    return convert(self, dtype, copy)


def _as(dt):
    def op(self, memory_format=None):
        return convert(self, dt)
    return op


for _name, _dt in (("float", dtypes.float32), ("double", dtypes.float64),
                   ("half", dtypes.float16), ("long", dtypes.int64), ("int", dtypes.int32),
                   ("short", dtypes.int16), ("char", dtypes.int8), ("byte", dtypes.uint8),
                   ("bool", dtypes.bool_), ("bfloat16", dtypes.bfloat16),
                   ("cfloat", dtypes.complex64), ("cdouble", dtypes.complex128)):
    tensor_method(_name)(_as(_dt))

_LEGACY = {d.legacy_name: d for d in dtypes.ALL}


@tensor_method("type")
def type_(self, dtype=None, non_blocking=False):
    if dtype is None:
        return self.dtype.legacy_name
    if isinstance(dtype, str):
        dtype = _LEGACY[dtype]
    from .compat import legacy_dtype
    dtype = legacy_dtype(dtype) or dtype
    return convert(self, dtype)


@tensor_method("type_as")
def type_as(self, other):
    return convert(self, other.dtype)


@tensor_method("nan_to_num")
def nan_to_num(self, nan=0.0, posinf=None, neginf=None):
    d = np.nan_to_num(self._data, nan=nan, posinf=posinf, neginf=neginf)
    return make(d, self.dtype)
