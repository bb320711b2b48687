"""Linear algebra: matmul for every rank combination (composed like PyTorch's, so the
grad_fn chain matches), mm, mv, dot, bmm, outer."""
from __future__ import annotations

import numpy as np

from gradcli.limits import check_elements

from .autograd import node_class
from .dispatch import broadcast_shape
from .tensor import Tensor, make, needs, record, tensor_method

_MM = node_class("MmBackward0")
_MV = node_class("MvBackward0")
_DOT = node_class("DotBackward0")
_BMM = node_class("BmmBackward0")
_SQUEEZE4 = node_class("SqueezeBackward4")
_UNSAFE_VIEW = node_class("UnsafeViewBackward0")

_TYPE_WORD = {"float32": "float", "float64": "double", "int64": "long int", "int32": "int",
              "bool": "bool", "float16": "c10::Half"}


def _same_dtype(a, b, first="m1", second="m2"):
    if a.dtype is not b.dtype:
        raise RuntimeError(
            f"expected {first} and {second} to have the same dtype, but got: "
            f"{_TYPE_WORD[a.dtype.name]} != {_TYPE_WORD[b.dtype.name]}")


def check_mat_dtypes(self, mat1, mat2):
    """addmm's (and a biased nn.Linear's) dtype checks, in PyTorch's order and words."""
    if mat1.dtype is not mat2.dtype:
        raise RuntimeError(f"mat1 and mat2 must have the same dtype, but got "
                           f"{mat1.dtype.short_name} and {mat2.dtype.short_name}")
    if self is not None and self.dtype is not mat2.dtype:
        raise RuntimeError(f"self and mat2 must have the same dtype, but got "
                           f"{self.dtype.short_name} and {mat2.dtype.short_name}")


def _mm_bwd(node, g):
    a, b = node.saved()
    return (g.mm(b.t()) if needs(node, 0) else None,
            a.t().mm(g) if needs(node, 1) else None)


@tensor_method("mm")
def mm(self, mat2):
    if self._data.ndim != 2:
        raise RuntimeError("self must be a matrix")
    if mat2._data.ndim != 2:
        raise RuntimeError("mat2 must be a matrix")
    (n, k), (k2, m) = self._data.shape, mat2._data.shape
    if k != k2:
        raise RuntimeError(
            f"mat1 and mat2 shapes cannot be multiplied ({n}x{k} and {k2}x{m})")
    _same_dtype(self, mat2)
    check_elements(n * m, "the matmul result")     # --max-elements
    out = make(np.matmul(self._data, mat2._data), self.dtype)
    return record(out, _MM, (self, mat2), _mm_bwd, (self, mat2))


def _mv_bwd(node, g):
    a, v = node.saved()
    return (g.unsqueeze(1).mm(v.unsqueeze(0)) if needs(node, 0) else None,
            a.t().mv(g) if needs(node, 1) else None)


@tensor_method("mv")
def mv(self, vec):
    if self._data.ndim != 2 or vec._data.ndim != 1:
        raise RuntimeError(
            f"vector + matrix @ vector expected, got 1, {self._data.ndim}, {vec._data.ndim}")
    n, k = self._data.shape
    if vec._data.shape[0] != k:
        raise RuntimeError(
            f"size mismatch, got input ({n}), mat ({n}x{k}), vec ({vec._data.shape[0]})")
    if self.dtype is not vec.dtype:
        v, m = vec.dtype.short_name, self.dtype.short_name
        raise RuntimeError(f"addmv input tensors must have the same dtype, but got {v}, {m}, "
                           f"and {v}")
    out = make(np.matmul(self._data, vec._data), self.dtype)
    return record(out, _MV, (self, vec), _mv_bwd, (self, vec))


def _dot_bwd(node, g):
    a, b = node.saved()
    return (g * b if needs(node, 0) else None, g * a if needs(node, 1) else None)


@tensor_method("inner")
def inner(self, other):
    """PyTorch's inner is a tensordot over the last dimensions: an mm of the flattened
    operands viewed back (ViewBackward0), or a product when either is 0-d."""
    if self._data.ndim == 0 or other._data.ndim == 0:
        return self * other
    n, m = self._data.shape[-1], other._data.shape[-1]
    if n != m:
        raise RuntimeError(f"inner() the last dimension must match on both input tensors but "
                           f"got shapes {list(self._data.shape)} and {list(other._data.shape)}")
    a = self.reshape(-1, n)
    b = other.reshape(-1, m)
    return a.mm(b.t()).view(self._data.shape[:-1] + other._data.shape[:-1])


@tensor_method("dot")
def dot(self, other):
    if self._data.ndim != 1 or other._data.ndim != 1:
        raise RuntimeError(
            f"1D tensors expected, but got {self._data.ndim}D and {other._data.ndim}D tensors")
    n, m = self._data.shape[0], other._data.shape[0]
    if n != m:
        raise RuntimeError(
            f"inconsistent tensor size, expected tensor [{n}] and src [{m}] to have the same "
            f"number of elements, but got {n} and {m} elements respectively")
    if self.dtype is not other.dtype:
        raise RuntimeError(f"dot : expected both vectors to have same dtype, but found "
                           f"{self.dtype.short_name} and {other.dtype.short_name}")
    out = make(np.asarray(np.dot(self._data, other._data)), self.dtype)
    return record(out, _DOT, (self, other), _dot_bwd, (self, other))


def _bmm_bwd(node, g):
    a, b = node.saved()
    return (g.bmm(b.transpose(1, 2)) if needs(node, 0) else None,
            a.transpose(1, 2).bmm(g) if needs(node, 1) else None)


@tensor_method("bmm")
def bmm(self, mat2):
    if self._data.ndim != 3:
        raise RuntimeError("batch1 must be a 3D tensor")
    if mat2._data.ndim != 3:
        raise RuntimeError("batch2 must be a 3D tensor")
    b, n, k = self._data.shape
    if mat2._data.shape[0] != b or mat2._data.shape[1] != k:
        raise RuntimeError(
            f"Expected size for first two dimensions of batch2 tensor to be: [{b}, {k}] but "
            f"got: [{mat2._data.shape[0]}, {mat2._data.shape[1]}].")
    if self.dtype is not mat2.dtype:
        raise RuntimeError(f"expected scalar type {self.dtype.short_name} but found "
                           f"{mat2.dtype.short_name}")
    check_elements(b * n * mat2._data.shape[2], "the matmul result")     # --max-elements
    out = make(np.matmul(self._data, mat2._data), self.dtype)
    return record(out, _BMM, (self, mat2), _bmm_bwd, (self, mat2))


def _rename(t, cls):
    if t.grad_fn is not None:
        t.grad_fn.__class__ = cls
    return t


@tensor_method("matmul", "__matmul__")
def matmul(self, other):
    if not isinstance(other, Tensor):
        return NotImplemented
    da, db = self._data.ndim, other._data.ndim
    if da == 0 or db == 0:
        raise RuntimeError(
            f"both arguments to matmul need to be at least 1D, but they are {da}D and {db}D")
    if da == 1 and db == 1:
        return dot(self, other)
    if da == 2 and db == 1:
        return mv(self, other)
    if da == 1 and db == 2:
        k = self._data.shape[0]
        if other._data.shape[0] != k:
            raise RuntimeError(
                f"mat1 and mat2 shapes cannot be multiplied (1x{k} and "
                f"{other._data.shape[0]}x{other._data.shape[1]})")
        return _rename(mm(self.unsqueeze(0), other).squeeze(0), _SQUEEZE4)
    if da == 2 and db == 2:
        return mm(self, other)
    if (da >= 3 and db <= 2) or (db >= 3 and da <= 2):
        # fold the batch into the rows of one matrix product (PyTorch's fold path)
        transpose = db > da
        if transpose:
            t1 = other.transpose(-1, -2)
            t2 = self.t() if da == 2 else self
        else:
            t1, t2 = self, other
        sizes = t1._data.shape
        k = sizes[-1]
        out_shape = sizes[:-1] + ((t2._data.shape[-1],) if t2._data.ndim == 2 else ())
        rows = 1
        for n in sizes[:-1]:
            rows *= n
        folded = t1.reshape(rows, k)   # (-1, k) cannot be inferred when k == 0
        res = folded.mv(t2) if t2._data.ndim == 1 else mm(folded, t2)
        out = _rename(res.view(out_shape), _UNSAFE_VIEW)
        if transpose and da == 2:
            out = out.transpose(-1, -2).contiguous()
        return out
    # general batched case
    a = self if da >= 2 else self.unsqueeze(0)
    b = other if db >= 2 else other.unsqueeze(1)
    n, k = a._data.shape[-2:]
    k2, m = b._data.shape[-2:]
    broadcast_shape(a._data.shape[:-2], b._data.shape[:-2])
    if k != k2:
        raise RuntimeError(
            f"Expected size for first two dimensions of batch2 tensor to be: "
            f"[{int(np.prod(a._data.shape[:-2])) or 1}, {k}] but got: "
            f"[{int(np.prod(b._data.shape[:-2])) or 1}, {k2}].")
    batch = broadcast_shape(a._data.shape[:-2], b._data.shape[:-2])
    nb = int(np.prod(batch)) if batch else 1
    check_elements(nb * max(n * k, k * m, n * m), "the matmul result")    # --max-elements
    a3 = a.expand(batch + (n, k)).reshape(nb, n, k)
    b3 = b.expand(batch + (k, m)).reshape(nb, k, m)
    res = bmm(a3, b3)
    out_shape = batch + (n, m)
    out = _rename(res.view(out_shape), _UNSAFE_VIEW)
    if da == 1:
        out = out.squeeze(-2)
    if db == 1:
        out = out.squeeze(-1)
    return out


@tensor_method("__rmatmul__")
def _rmatmul(self, other):
    return NotImplemented


def outer(a, b):
    return a.view(-1, 1) * b


tensor_method("outer", "ger")(outer)
