"""More linear algebra: addmm, addmv, baddbmm, diag, trace, einsum, linalg.norm, vdot,
vecdot, dist."""
from __future__ import annotations

import numpy as np

from . import dtypes
from .autograd import node_class
from .ops_linalg import bmm, check_mat_dtypes, mm, mv
from .tensor import Tensor, make, needs, record, tensor_method


def _scaled(t, k):
    return t if k == 1 else t * k


def _check_bias(bias, shape, name="self"):
    try:
        np.broadcast_shapes(bias._data.shape, shape)
    except ValueError:
        raise RuntimeError(
            f"The expanded size of the tensor ({shape[-1]}) must match the existing size "
            f"({bias._data.shape[-1]}) at non-singleton dimension {len(shape) - 1}.  Target "
            f"sizes: {list(shape)}.  Tensor sizes: {list(bias._data.shape)}") from None


_ADDMM = node_class("AddmmBackward0")
_ADDMV = node_class("AddmvBackward0")
_BADDBMM = node_class("BaddbmmBackward0")


def _addmm_bwd(node, g):
    m1, m2 = node.saved()
    beta, alpha = node._ctx
    return (_scaled(g, beta) if needs(node, 0) else None,
            _scaled(g.mm(m2.t()), alpha) if needs(node, 1) else None,
            _scaled(m1.t().mm(g), alpha) if needs(node, 2) else None)


@tensor_method("addmm")
def addmm(self, mat1, mat2, *, beta=1, alpha=1):
    check_mat_dtypes(self, mat1, mat2)
    prod = mm(mat1.detach(), mat2.detach())
    _check_bias(self, prod._data.shape)
    d = prod._data * mat1.dtype.np.type(alpha) if alpha != 1 else prod._data
    if beta != 0:
        d = d + (self._data * self.dtype.np.type(beta) if beta != 1 else self._data)
    out = make(np.asarray(np.broadcast_to(d, prod._data.shape), mat1.dtype.np), mat1.dtype)
    return record(out, _ADDMM, (self, mat1, mat2), _addmm_bwd, (mat1, mat2),
                  ctx=(beta, alpha))


@tensor_method("addmm_")
def addmm_(self, mat1, mat2, *, beta=1, alpha=1):
    from .dispatch import inplace
    return inplace(self, addmm, mat1, mat2, beta=beta, alpha=alpha)


def _addmv_bwd(node, g):
    mat, vec = node.saved()
    beta, alpha = node._ctx
    return (_scaled(g, beta) if needs(node, 0) else None,
            _scaled(g.unsqueeze(1).mm(vec.unsqueeze(0)), alpha) if needs(node, 1) else None,
            _scaled(mat.t().mv(g), alpha) if needs(node, 2) else None)


@tensor_method("addmv")
def addmv(self, mat, vec, *, beta=1, alpha=1):
    prod = mv(mat.detach(), vec.detach())
    _check_bias(self, prod._data.shape)
    d = prod._data * mat.dtype.np.type(alpha) if alpha != 1 else prod._data
    if beta != 0:
        d = d + (self._data * self.dtype.np.type(beta) if beta != 1 else self._data)
    out = make(np.asarray(np.broadcast_to(d, prod._data.shape), mat.dtype.np), mat.dtype)
    return record(out, _ADDMV, (self, mat, vec), _addmv_bwd, (mat, vec), ctx=(beta, alpha))


def _baddbmm_bwd(node, g):
    b1, b2 = node.saved()
    beta, alpha = node._ctx
    return (_scaled(g, beta) if needs(node, 0) else None,
            _scaled(g.bmm(b2.transpose(1, 2)), alpha) if needs(node, 1) else None,
            _scaled(b1.transpose(1, 2).bmm(g), alpha) if needs(node, 2) else None)


@tensor_method("baddbmm")
def baddbmm(self, batch1, batch2, *, beta=1, alpha=1):
    prod = bmm(batch1.detach(), batch2.detach())
    _check_bias(self, prod._data.shape)
    d = prod._data * batch1.dtype.np.type(alpha) if alpha != 1 else prod._data
    if beta != 0:
        d = d + (self._data * self.dtype.np.type(beta) if beta != 1 else self._data)
    out = make(np.asarray(np.broadcast_to(d, prod._data.shape), batch1.dtype.np),
               batch1.dtype)
    return record(out, _BADDBMM, (self, batch1, batch2), _baddbmm_bwd, (batch1, batch2),
                  ctx=(beta, alpha))


# ---------------------------------------------------------------------------
# diag, trace

_DIAG_EMBED = node_class("DiagEmbedBackward0")
_DIAGONAL_COPY = node_class("DiagonalBackward0_copy")
_TRACE = node_class("TraceBackward0")


def _diag_positions(shape, k):
    rows, cols = shape
    if k >= 0:
        n = max(0, min(rows, cols - k))
        return np.arange(n), np.arange(n) + k
    n = max(0, min(rows + k, cols))
    return np.arange(n) - k, np.arange(n)


def _selector(shape, k, dtype):
    """A constant (n, rows, cols) one-hot stack picking the k-th diagonal."""
    r, c = _diag_positions(shape, k)
    sel = np.zeros((len(r),) + tuple(shape), dtype.np)
    sel[np.arange(len(r)), r, c] = 1
    return make(sel, dtype)


def _diag_embed_bwd(node, g):
    (k,) = node._ctx
    n = node._meta[0][0][0]
    sel = _selector(g._data.shape, k, g.dtype)
    return ((sel * g.unsqueeze(0)).sum((1, 2)) if n else g.sum((0, 1)).expand(0),)


def _diagonal_bwd(node, g):
    shape, k = node._ctx
    sel = _selector(shape, k, g.dtype)
    return ((sel * g.view(-1, 1, 1)).sum(0),)


@tensor_method("diag")
def diag(self, diagonal=0):
    d = self._data
    if d.ndim == 1:
        n = d.shape[0] + abs(diagonal)
        out = np.zeros((n, n), d.dtype)
        r, c = _diag_positions((n, n), diagonal)
        out[r, c] = d
        return record(make(out, self.dtype), _DIAG_EMBED, (self,), _diag_embed_bwd, None,
                      ctx=(diagonal,))
    if d.ndim == 2:
        r, c = _diag_positions(d.shape, diagonal)
        out = make(np.ascontiguousarray(d[r, c]), self.dtype)
        return record(out, _DIAGONAL_COPY, (self,), _diagonal_bwd, None,
                      ctx=(d.shape, diagonal))
    raise RuntimeError("diag(): Supports 1D or 2D tensors. Got " f"{d.ndim}D")


def _trace_bwd(node, g):
    (shape,) = node._ctx
    r, c = _diag_positions(shape, 0)
    eye = np.zeros(shape, bool)
    eye[r, c] = True
    from .ops_pointwise import where
    return (where(make(eye, dtypes.bool_), g, 0.0),)


@tensor_method("trace")
def trace(self):
    d = self._data
    if d.ndim != 2:
        raise RuntimeError(f"trace: expected a matrix, but got tensor with dim {d.ndim}")
    r, c = _diag_positions(d.shape, 0)
    vals = d[r, c]
    if d.dtype == np.float32:
        from .ops_reduce import sum_data
        s = sum_data(np.ascontiguousarray(vals), (0,), False)
    else:
        s = np.sum(vals, dtype=np.int64 if d.dtype.kind in "biu" else d.dtype)
    dt = self.dtype if self.dtype.category == 2 else dtypes.int64
    out = make(np.asarray(s, dt.np), dt)
    if dt.category < 2:
        return out
    return record(out, _TRACE, (self,), _trace_bwd, None, ctx=(d.shape,))


# ---------------------------------------------------------------------------
# einsum (no ellipsis): operands are aligned to one label order, then combined pairwise
# with mul (no contraction) or a permute/reshape/bmm/view/permute chain, like PyTorch.

def _parse_einsum(eq, n_ops):
    eq = eq.replace(" ", "")
    if "..." in eq:
        raise RuntimeError("einsum(): ellipsis ('...') is not supported by gradcli")
    if "->" in eq:
        lhs, rhs = eq.split("->")
        explicit = True
    else:
        lhs, rhs, explicit = eq, None, False
    terms = lhs.split(",")
    if len(terms) != n_ops:
        raise RuntimeError(
            "einsum(): more operands were provided than specified in the equation"
            if n_ops > len(terms) else
            "einsum(): fewer operands were provided than specified in the equation")
    for ch in lhs.replace(",", "") + (rhs or ""):
        if not ch.isalpha():
            raise RuntimeError(
                f"einsum(): invalid subscript given at index {eq.index(ch)} in the equation "
                f"string, subscripts must be in [a-zA-Z]")
    if not explicit:
        counts = {}
        for ch in lhs.replace(",", ""):
            counts[ch] = counts.get(ch, 0) + 1
        rhs = "".join(sorted(ch for ch, c in counts.items() if c == 1))
    return terms, rhs


def einsum(equation, *operands):
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    terms, out_labels = _parse_einsum(equation, len(operands))
    order = list(out_labels)
    for term in terms:
        for ch in term:
            if ch not in order:
                order.append(ch)
    sizes = {}
    aligned = []
    for term, op in zip(terms, operands):
        if len(term) != op._data.ndim:
            raise RuntimeError(
                f"einsum(): the number of subscripts in the equation ({len(term)}) does not "
                f"match the number of dimensions ({op._data.ndim}) for operand "
                f"{operands.index(op)} and no ellipsis was given")
        labels = list(term)
        t = op
        # repeated labels: take the diagonal (PyTorch: diagonal + movedim)
        i = 0
        while i < len(labels):
            j = labels.index(labels[i], i + 1) if labels[i] in labels[i + 1:] else -1
            if j < 0:
                i += 1
                continue
            t = _einsum_diagonal(t, i, j)
            del labels[j]
        for k, ch in enumerate(labels):
            n = t._data.shape[k]
            if ch in sizes and sizes[ch] != n and n != 1 and sizes[ch] != 1:
                raise RuntimeError(
                    f"einsum(): operands do not broadcast with remapped shapes "
                    f"(original->remapped): {list(op._data.shape)}")
            sizes[ch] = max(sizes.get(ch, 1), n)
        missing = [ch for ch in order if ch not in labels]
        for _ in missing:
            t = t.unsqueeze(-1)
        full = labels + missing
        t = t.permute([full.index(ch) for ch in order])
        aligned.append(t)
    n_out = len(out_labels)
    # dims (beyond the output) each operand still holds with size > 1
    if len(aligned) == 1:
        res = aligned[0]
        sum_dims = [k for k in range(n_out, len(order))]
        return res.sum(sum_dims) if sum_dims else res
    res = aligned[0]
    for idx in range(1, len(aligned)):
        other = aligned[idx]
        later = aligned[idx + 1:]
        contract = []
        for k in range(n_out, len(order)):
            if any(t._data.shape[k] != 1 for t in later):
                continue
            contract.append(k)
        res = _sumproduct_pair(res, other, contract)
    # drop the contracted singleton dims
    if res._data.ndim != n_out:
        res = res.view(tuple(res._data.shape[:n_out]))
    return res


def _einsum_diagonal(t, i, j):
    d = t._data
    if d.shape[i] != d.shape[j]:
        raise RuntimeError(
            f"einsum(): subscript {chr(0)} is repeated for operand 0 but the sizes don't "
            f"match, {d.shape[j]} != {d.shape[i]}")
    diag_t = t.diagonal(0, i, j) if hasattr(Tensor, "diagonal") else None
    if diag_t is None:
        raise RuntimeError("einsum(): repeated subscripts need Tensor.diagonal")
    return diag_t.movedim(-1, i) if hasattr(Tensor, "movedim") else diag_t


def _sumproduct_pair(a, b, contract):
    """Multiply aligned operands and sum the `contract` dims (kept as size 1)."""
    nd = a._data.ndim
    if not contract:
        return a * b
    sa, sb = a._data.shape, b._data.shape
    batch, lo, ro = [], [], []
    for k in range(nd):
        if k in contract:
            continue
        if sa[k] != 1 and sb[k] != 1:
            batch.append(k)
        elif sa[k] != 1:
            lo.append(k)
        elif sb[k] != 1:
            ro.append(k)
        else:
            batch.append(k)
    for k in contract:
        if sa[k] != sb[k] and sa[k] != 1 and sb[k] != 1:
            raise RuntimeError(
                f"einsum(): operands do not broadcast with remapped shapes (original->"
                f"remapped): {list(sa)} and {list(sb)}")
    def size(shape, dims):
        n = 1
        for k in dims:
            n *= shape[k]
        return n
    bsz = size(sa, batch) if batch else 1
    if any(sa[k] == 1 for k in batch) or any(sb[k] == 1 for k in batch):
        bsz = size(tuple(max(x, y) for x, y in zip(sa, sb)), batch)
    ksz = size(sa, contract)
    if ksz != size(sb, contract):
        a = a.expand(tuple(max(x, y) if k in contract else x for k, (x, y) in
                           enumerate(zip(sa, sb))))
        b = b.expand(tuple(max(x, y) if k in contract else y for k, (x, y) in
                           enumerate(zip(sa, sb))))
        sa, sb = a._data.shape, b._data.shape
        ksz = size(sa, contract)
    shape_full = tuple(max(x, y) for x, y in zip(sa, sb))
    if any(sa[k] != shape_full[k] for k in batch):
        a = a.expand(tuple(shape_full[k] if k in batch else sa[k] for k in range(nd)))
    if any(sb[k] != shape_full[k] for k in batch):
        b = b.expand(tuple(shape_full[k] if k in batch else sb[k] for k in range(nd)))
    a3 = a.permute(batch + lo + contract + ro).reshape(bsz, size(sa, lo), ksz)
    b3 = b.permute(batch + contract + ro + lo).reshape(bsz, ksz, size(sb, ro))
    prod = bmm(a3, b3)
    out_dims = batch + lo + ro
    inter_shape = [shape_full[k] for k in out_dims] + [1] * len(contract)
    res = prod.view(tuple(inter_shape))
    perm_src = out_dims + contract
    return res.permute([perm_src.index(k) for k in range(nd)])


Tensor.einsum = staticmethod(einsum)  # reachable as torch.einsum only (not script-visible)


# ---------------------------------------------------------------------------
# norms and friends

def linalg_norm(x, ord=None, dim=None, keepdim=False, *, dtype=None):
    from .ops_reduce import vector_norm
    if isinstance(ord, str):
        if ord == "fro" and (dim is None or (isinstance(dim, (tuple, list)) and len(dim) == 2)):
            return vector_norm(x, 2, dim, keepdim)
        raise RuntimeError(f"linalg.norm: ord '{ord}' is not supported by gradcli")
    if ord is None:
        return vector_norm(x, 2, dim, keepdim)
    if dim is None and x._data.ndim == 1 or isinstance(dim, int) or (
            isinstance(dim, (tuple, list)) and len(dim) == 1):
        return vector_norm(x, ord, dim, keepdim)
    raise RuntimeError("linalg.norm: matrix norms are not supported by gradcli")


def vecdot(x, y, *, dim=-1):
    return (x * y).sum(dim)


@tensor_method("vdot")
def vdot(self, other):
    from .ops_linalg import dot
    return dot(self, other)


_DIST = node_class("DistBackward0")


def _dist_bwd(node, g):
    a, b, res = node.saved()
    (p,) = node._ctx
    diff = a - b
    from .ops_pointwise import where
    if p == 2:
        gd = where(res.eq(0), 0.0, g / res) * diff
    elif p == 1:
        gd = diff.sgn() * g
    else:
        gd = where(res.eq(0), 0.0, diff.abs().pow(p - 2) * diff * g / res.pow(p - 1))
    return (gd if needs(node, 0) else None, -gd if needs(node, 1) else None)


@tensor_method("dist")
def dist(self, other, p=2):
    from .ops_reduce import vector_norm
    from .autograd import no_grad
    with no_grad():
        val = vector_norm(self - other, p)
    out = make(val._data, val.dtype)
    return record(out, _DIST, (self, other), _dist_bwd, (self, other, out), ctx=(float(p),))


__all__ = ["addmm", "addmv", "baddbmm", "diag", "trace", "einsum", "linalg_norm", "vecdot",
           "dist"]


# ---------------------------------------------------------------------------
# inverse and determinant (square matrices or batches of them)

_INV = node_class("LinalgInvExBackward0")
_DET = node_class("LinalgDetBackward0")


def _square(x, name):
    d = x._data
    if d.ndim < 2:
        raise RuntimeError(f"linalg.{name}: The input tensor A must have at least 2 dimensions.")
    if d.shape[-1] != d.shape[-2]:
        raise RuntimeError(f"linalg.{name}: A must be batches of square matrices, but they are "
                           f"{d.shape[-2]} by {d.shape[-1]} matrices")
    if x.dtype.category < 2:
        raise RuntimeError(f"linalg.{name}: Expected a floating point or complex tensor as "
                           f"input. Got {x.dtype.short_name}")
    return d


def _first_zero_pivot(a):
    """1-based index of the first zero pivot of an LU factorisation with partial pivoting."""
    a = np.array(a, dtype=np.float64)
    n = a.shape[0]
    for k in range(n):
        p = k + int(np.argmax(np.abs(a[k:, k])))
        if a[p, k] == 0:
            return k + 1
        a[[k, p]] = a[[p, k]]
        a[k + 1:] -= np.outer(a[k + 1:, k] / a[k, k], a[k])
    return n


def inverse(self):
    d = _square(self, "inv")
    try:
        res = np.linalg.inv(d)
    except np.linalg.LinAlgError:
        mats = d.reshape((-1,) + d.shape[-2:])
        for b, m in enumerate(mats):
            if np.linalg.matrix_rank(m) < m.shape[0]:
                where = f"(Batch element {b}): " if d.ndim > 2 else ""
                raise RuntimeError(
                    f"linalg.inv: {where}The diagonal element {_first_zero_pivot(m)} is zero, "
                    "the inversion could not be completed because the input matrix is "
                    "singular.") from None
        raise
    out = make(np.asarray(res, d.dtype), self.dtype)

    def bwd(node, g):
        (inv,) = node.saved()
        return (-(inv.mT.matmul(g.matmul(inv.mT))),)
    return record(out, _INV, (self,), bwd, (out,))


def det(self):
    d = _square(self, "det")
    out = make(np.asarray(np.linalg.det(d), d.dtype), self.dtype)

    def bwd(node, g):
        x, res = node.saved()
        return ((g * res).unsqueeze(-1).unsqueeze(-1) * inverse(x).mT,)
    return record(out, _DET, (self,), bwd, (self, out))


tensor_method("inverse")(inverse)
tensor_method("det")(det)
