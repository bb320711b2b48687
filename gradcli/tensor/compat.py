"""The parts of PyTorch's API that tutorials touch and gradcli answers simply.

* devices: `torch.cuda.is_available()`, `torch.accelerator`, `torch.backends.mps` all say
  no accelerator (gradcli computes on the CPU), so `device = "cuda" if ... else "cpu"` works;
* legacy constructors and types: `torch.FloatTensor([1, 2])`, `x.type(torch.LongTensor)`,
  `torch.autograd.Variable(t, requires_grad=True)`;
* `Tensor.new_zeros/new_ones/new_full/new_empty/new_tensor`, `Tensor.is_inference()`;
* `torch.save` / `torch.load`: refused with a clear message (scripts cannot touch files).
"""
from __future__ import annotations

import numpy as np

from . import creation, dtypes
from .tensor import Tensor, make, tensor_method


def _no(*args, **kwargs):
    return False


def _zero(*args, **kwargs):
    return 0


class LegacyTensorType:
    """`torch.FloatTensor` and friends: constructors, and targets of `x.type(...)`."""

    _script_attrs = frozenset()

    def __init__(self, name, dtype):
        self.name = name
        self._legacy_dtype = dtype

    def __call__(self, *args):
        if len(args) == 1 and not isinstance(args[0], int):
            data = args[0]
            if isinstance(data, Tensor):
                return data.to(self._legacy_dtype)
            return creation.tensor(data, dtype=self._legacy_dtype)
        return creation.zeros(*args, dtype=self._legacy_dtype)

    def __instancecheck__(self, obj):
        return isinstance(obj, Tensor) and obj.dtype is self._legacy_dtype

    def __repr__(self):
        return f"<class 'torch.{self.name}'>"


_LEGACY_TYPES = {
    "FloatTensor": dtypes.float32, "DoubleTensor": dtypes.float64, "HalfTensor": dtypes.float16,
    "BFloat16Tensor": dtypes.bfloat16, "LongTensor": dtypes.int64, "IntTensor": dtypes.int32,
    "ShortTensor": dtypes.int16, "CharTensor": dtypes.int8, "ByteTensor": dtypes.uint8,
    "BoolTensor": dtypes.bool_,
}


def legacy_dtype(obj):
    """The dtype behind `torch.LongTensor` (for `x.type(torch.LongTensor)`), else None."""
    return obj._legacy_dtype if isinstance(obj, LegacyTensorType) else None


def Variable(data, requires_grad=False, volatile=False):  # noqa: N802 (PyTorch's name)
    """The pre-0.4 wrapper: today a new tensor sharing `data`'s values."""
    if not isinstance(data, Tensor):
        raise TypeError(f"Variable data has to be a tensor, but got {type(data).__name__}")
    out = data.detach()
    if requires_grad:
        out.requires_grad_(True)
    return out


def _files(name):
    def refuse(*args, **kwargs):
        raise RuntimeError(f"torch.{name}: gradcli scripts cannot read or write files (the "
                           "sandbox keeps scripts away from the file system)")
    refuse.__name__ = name
    return refuse


@tensor_method("new_zeros")
def new_zeros(self, *size, dtype=None, device=None, requires_grad=False):
    return creation.zeros(*size, dtype=dtype or self.dtype, requires_grad=requires_grad)


@tensor_method("new_ones")
def new_ones(self, *size, dtype=None, device=None, requires_grad=False):
    return creation.ones(*size, dtype=dtype or self.dtype, requires_grad=requires_grad)


@tensor_method("new_empty")
def new_empty(self, *size, dtype=None, device=None, requires_grad=False):
    return creation.zeros(*size, dtype=dtype or self.dtype, requires_grad=requires_grad)


@tensor_method("new_full")
def new_full(self, size, fill_value, dtype=None, device=None, requires_grad=False):
    return creation.full(size, fill_value, dtype=dtype or self.dtype,
                         requires_grad=requires_grad)


@tensor_method("new_tensor")
def new_tensor(self, data, dtype=None, device=None, requires_grad=False):
    if isinstance(data, Tensor):
        return make(np.array(data._data), dtype or data.dtype).to(dtype or data.dtype)
    return creation.tensor(data, dtype=dtype or self.dtype, requires_grad=requires_grad)


@tensor_method("is_inference")
def is_inference(self):
    return False


def extend(ns):
    ns["cuda"] = {"is_available": _no, "device_count": _zero, "is_initialized": _no}
    ns["accelerator"] = {"is_available": _no, "device_count": _zero,
                         "current_accelerator": lambda check_available=False: None}
    ns["backends"] = {"mps": {"is_available": _no, "is_built": _no},
                      "cuda": {"is_built": _no}, "cudnn": {"is_available": _no}}
    for name, dt in _LEGACY_TYPES.items():
        ns[name] = LegacyTensorType(name, dt)
    ns["save"] = _files("save")
    ns["load"] = _files("load")
    ns.setdefault("autograd", {})["Variable"] = Variable
