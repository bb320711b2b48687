"""torch.finfo and torch.iinfo: the limits of a floating point or integer dtype."""
from __future__ import annotations

import numpy as np

from . import dtypes

# bfloat16 is not a NumPy type: its limits, written out (8 exponent bits like float32,
# 8 significant bits).
_BFLOAT16 = dict(bits=16, eps=2.0 ** -7, max=float.fromhex("0x1.fep127"),
                 tiny=2.0 ** -126, resolution=0.01)
_REAL_OF = {"complex64": dtypes.float32, "complex128": dtypes.float64}


def _g(v) -> str:
    return f"{v:g}"


class finfo:
    _script_attrs = frozenset({"bits", "eps", "max", "min", "tiny", "smallest_normal",
                               "resolution", "dtype"})

    def __init__(self, type=None):
        dt = dtypes.default_float() if type is None else type
        if not isinstance(dt, dtypes.DType) or dt.category < 2:
            raise TypeError("torch.finfo() requires a floating point input type. Use "
                            "torch.iinfo to handle 'torch.finfo'")
        dt = _REAL_OF.get(dt.name, dt)
        if dt is dtypes.bfloat16:
            info = _BFLOAT16
        else:
            fi = np.finfo(dt.np)
            info = dict(bits=fi.bits, eps=float(fi.eps), max=float(fi.max),
                        tiny=float(fi.tiny), resolution=10.0 ** -fi.precision)
        self.bits = info["bits"]
        self.eps = info["eps"]
        self.max = info["max"]
        self.min = -info["max"]
        self.tiny = self.smallest_normal = info["tiny"]
        self.resolution = info["resolution"]
        self.dtype = dt.name

    def __eq__(self, other):
        return isinstance(other, finfo) and other.dtype == self.dtype

    def __hash__(self):
        return hash(("finfo", self.dtype))

    def __repr__(self):
        return (f"finfo(resolution={_g(self.resolution)}, min={_g(self.min)}, "
                f"max={_g(self.max)}, eps={_g(self.eps)}, "
                f"smallest_normal={_g(self.smallest_normal)}, tiny={_g(self.tiny)}, "
                f"dtype={self.dtype})")

    __str__ = __repr__


class iinfo:
    _script_attrs = frozenset({"bits", "max", "min", "dtype"})

    def __init__(self, type):
        if not isinstance(type, dtypes.DType) or type.category != 1:
            raise TypeError("torch.iinfo() requires an integer input type. Use torch.finfo "
                            "to handle 'torch.iinfo'")
        ii = np.iinfo(type.np)
        self.bits = ii.bits
        self.min = int(ii.min)
        self.max = int(ii.max)
        self.dtype = type.name

    def __eq__(self, other):
        return isinstance(other, iinfo) and other.dtype == self.dtype

    def __hash__(self):
        return hash(("iinfo", self.dtype))

    def __repr__(self):
        return f"iinfo(min={_g(self.min)}, max={_g(self.max)}, dtype={self.dtype})"

    __str__ = __repr__


for _cls in (finfo, iinfo):
    _cls.__module__ = "torch"


def extend(ns):
    ns["finfo"] = finfo
    ns["iinfo"] = iinfo

