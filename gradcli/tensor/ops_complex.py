"""Complex tensors: real / imag / conj / angle, torch.complex, view_as_real.

Complex dtypes are stored as NumPy complex64 / complex128. Autograd through these ops
records PyTorch's grad_fn names; their backward formulas use PyTorch's convention for
complex gradients (the conjugate Wirtinger derivative), which is enough for the simple
real-valued losses scripts build from complex intermediates.
"""
from __future__ import annotations

import math

import numpy as np

from . import dtypes
from .autograd import node_class
from .tensor import Tensor, make, record, tensor_method

_SELECT = node_class("SelectBackward0")
_CONJ = node_class("ConjBackward0")
_ANGLE = node_class("AngleBackward0")
_COMPLEX = node_class("ComplexBackward0")
_VIEW_AS_REAL = node_class("ViewAsRealBackward0")


def real_dtype(dt: dtypes.DType) -> dtypes.DType:
    """complex64 -> float32, complex128 -> float64; other dtypes are returned as they are."""
    if dt is dtypes.complex64:
        return dtypes.float32
    if dt is dtypes.complex128:
        return dtypes.float64
    return dt


def _zeros_like(t):
    return make(np.zeros(t._data.shape, t.dtype.np), t.dtype)


def real(self):
    if not self.dtype.is_complex:
        return self
    out = make(self._data.real, real_dtype(self.dtype))
    return record(out, _SELECT, (self,), lambda n, g: (complex_(g, _zeros_like(g)),))


def imag(self):
    if not self.dtype.is_complex:
        raise RuntimeError("imag is not implemented for tensors with non-complex dtypes.")
    out = make(self._data.imag, real_dtype(self.dtype))
    return record(out, _SELECT, (self,), lambda n, g: (complex_(_zeros_like(g), g),))


@tensor_method("conj", "conj_physical", "resolve_conj")
def conj(self):
    if not self.dtype.is_complex:
        return self
    out = make(np.conjugate(self._data), self.dtype)
    return record(out, _CONJ, (self,), lambda n, g: (g.conj(),))


def _angle_bwd(node, g):
    (z,) = node.saved()
    if not z.dtype.is_complex:
        return (g * 0.0,)
    # d angle / dz (conjugate convention): i z / |z|^2, 0 where z == 0
    mag2 = z.abs() ** 2
    safe = make(np.where(mag2._data == 0, 1, mag2._data), mag2.dtype)
    scale = make(np.where(mag2._data == 0, 0, 1).astype(mag2.dtype.np), mag2.dtype)
    return (g * scale / safe * (z * 1j),)


@tensor_method("angle")
def angle(self):
    d = self._data
    if self.dtype.is_complex:
        dt = real_dtype(self.dtype)
        vals = np.angle(d)
    else:
        dt = self.dtype if self.dtype.category == 2 else dtypes.default_float()
        # pi for negative values, 0 for zeros of either sign, nan stays nan
        vals = np.where(d < 0, math.pi, 0.0)
        vals = np.where(d != d, d.astype(np.float64), vals)
    out = make(np.asarray(vals).astype(dt.np), dt)
    if dt.category < 2:
        return out
    return record(out, _ANGLE, (self,), _angle_bwd, (self,))


# `.real` / `.imag` are attributes of a tensor (torch.real / torch.imag are functions).
Tensor.real = property(real)
Tensor.imag = property(imag)
Tensor._script_attrs.update(("real", "imag"))


def complex_(real_part, imag_part):
    """torch.complex(real, imag): both Half, Float or Double of the same dtype."""
    a, b = real_part, imag_part
    if not (isinstance(a, Tensor) and isinstance(b, Tensor)):
        raise TypeError("complex(): argument 'real' and 'imag' must be Tensor")
    if a.dtype.category != 2 or b.dtype.category != 2 or dtypes.bfloat16 in (a.dtype, b.dtype):
        raise RuntimeError(
            f"Expected both inputs to be Half, Float or Double tensors but got "
            f"{a.dtype.short_name} and {b.dtype.short_name}")
    if a.dtype is not b.dtype:
        raise RuntimeError(
            f"Expected object of scalar type {a.dtype.short_name} but got scalar type "
            f"{b.dtype.short_name} for second argument")
    dt = dtypes.to_complex(a.dtype)
    ad, bd = np.broadcast_arrays(a._data, b._data)
    data = np.empty(ad.shape, dt.np)
    data.real = ad
    data.imag = bd
    out = make(data, dt)
    return record(out, _COMPLEX, (a, b), lambda n, g: (real(g), imag(g)))


def view_as_real(self):
    if not self.dtype.is_complex:
        raise RuntimeError("view_as_real is only supported for complex tensors")
    d = self._data
    rdt = real_dtype(self.dtype)
    data = np.stack([d.real, d.imag], axis=-1)
    out = make(data, rdt)
    return record(out, _VIEW_AS_REAL, (self,),
                  lambda n, g: (complex_(g.select(-1, 0), g.select(-1, 1)),))


def extend(ns: dict) -> None:
    """torch.real / imag / conj / angle / complex / is_complex / view_as_real."""
    ns.update(real=real, imag=imag, conj=conj, conj_physical=conj, resolve_conj=conj,
              angle=angle, complex=complex_, is_complex=Tensor.is_complex,
              view_as_real=view_as_real)
