"""Views and shape operations: view/reshape, (un)squeeze, transpose, expand, indexing.

Views share storage (NumPy views) and the version counter with their base; each view
remembers how to re-derive itself from the base (`_view`), which in-place writes through a
view use to rebase the graph (`CopySlices` on the base, `AsStridedBackward0` on the view).
"""
from __future__ import annotations

import weakref

import numpy as np

from . import dtypes
from .autograd import edge_of, is_grad_enabled, node_class
from .tensor import NoGradView, Size, Tensor, make, needs, record, tensor_method


def _shape_arg(args):
    if len(args) == 1 and isinstance(args[0], (tuple, list, Size)):
        return tuple(args[0])
    return tuple(args)


def view_of(self, arr, node_cls, bwd, ctx, fn):
    """A view tensor of self over `arr`, recorded with node_cls; fn: base array -> view."""
    out = make(arr, self.dtype)
    out._vc = self._vc
    out._multi = self._multi if type(self._multi) is not NoGradView else \
        NoGradView(self._vc[0])
    base = self._base if self._base is not None else self
    out._base = base
    if self._base is not None:
        parent_fn = self._view_fn
        out._view_fn = lambda b, p=parent_fn, f=fn: f(p(b))
    else:
        out._view_fn = fn
    register_view(base, out)
    if self._requires_grad and not is_grad_enabled():
        # PyTorch: a view of a tensor that requires grad, made in no_grad mode, requires
        # grad too (a leaf), and may not be modified in place once grad mode is back on
        out._requires_grad = True
        out._multi = NoGradView(self._vc[0])
        return out
    return record(out, node_cls, (self,), bwd, None, ctx=ctx)


# ---------------------------------------------------------------------------
# view / reshape / flatten

_VIEW = node_class("ViewBackward0")
_UNSAFE_VIEW = node_class("UnsafeViewBackward0")
_RESHAPE_ALIAS = node_class("ReshapeAliasBackward0")


def _view_bwd(node, g):
    return (g.reshape(node._ctx),)


def _infer_shape(shape, numel):
    shape = list(shape)
    neg = [i for i, s in enumerate(shape) if s == -1]
    if len(neg) > 1:
        raise RuntimeError("only one dimension can be inferred")
    for i, s in enumerate(shape):
        if not isinstance(s, int) or isinstance(s, bool):
            raise TypeError(
                f"view(): argument 'size' (position 1) must be tuple of ints, but found "
                f"element of type {type(s).__name__} at pos 0")
        if s < -1:
            raise RuntimeError(f"invalid shape dimension {s} at index {i} of shape {shape}")
    if neg:
        known = 1
        for i, s in enumerate(shape):
            if i != neg[0]:
                known *= s
        if known == 0 and numel == 0:
            raise RuntimeError(
                f"cannot reshape tensor of 0 elements into shape {list(shape)} because the "
                "unspecified dimension size -1 can be any value and is ambiguous")
        if known == 0 or numel % known:
            raise RuntimeError(f"shape '{list(shape)}' is invalid for input of size {numel}")
        shape[neg[0]] = numel // known
    total = 1
    for s in shape:
        total *= s
    if total != numel:
        raise RuntimeError(f"shape '{list(shape)}' is invalid for input of size {numel}")
    return tuple(shape)


@tensor_method("view")
def view(self, *shape):
    if len(shape) == 1 and isinstance(shape[0], dtypes.DType):
        return make(self._data.view(shape[0].np), shape[0])
    shape = _infer_shape(_shape_arg(shape), self._data.size)
    d = self._data
    if not d.flags.c_contiguous and d.size > 1:
        try:
            arr = d.view()
            arr.shape = shape  # raises when the strides cannot express it
        except AttributeError:
            raise RuntimeError(
                "view size is not compatible with input tensor's size and stride (at least "
                "one dimension spans across two contiguous subspaces). Use .reshape(...) "
                "instead.") from None
    else:
        arr = d.reshape(shape)
    return view_of(self, arr, _VIEW, _view_bwd, d.shape, lambda b, s=shape: b.reshape(s))


@tensor_method("reshape")
def reshape(self, *shape):
    shape = _infer_shape(_shape_arg(shape), self._data.size)
    d = self._data
    if d.flags.c_contiguous or d.size <= 1:
        return view(self, shape)
    probe = d.view()
    try:
        probe.shape = shape   # the strides can express it: PyTorch returns an alias
    except AttributeError:
        pass
    else:
        out = view(self, shape)
        if out.grad_fn is not None:
            out.grad_fn.__class__ = _RESHAPE_ALIAS
        return out
    out = clone(self).view(shape)
    if out.grad_fn is not None:
        out.grad_fn.__class__ = _UNSAFE_VIEW
    out._base = None
    return out


@tensor_method("view_as")
def view_as(self, other):
    return view(self, other._data.shape)


@tensor_method("reshape_as")
def reshape_as(self, other):
    return reshape(self, other._data.shape)


@tensor_method("flatten")
def flatten(self, start_dim=0, end_dim=-1):
    n = self._data.ndim
    if n == 0:
        return reshape(self, (1,))
    s = self._wrap_dim(start_dim)
    e = self._wrap_dim(end_dim)
    if s > e:
        raise RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim")
    if s == e:
        return self
    shape = self._data.shape
    mid = 1
    for k in range(s, e + 1):
        mid *= shape[k]
    return reshape(self, shape[:s] + (mid,) + shape[e + 1:])


@tensor_method("ravel")
def ravel(self):
    return reshape(self, (-1,))


@tensor_method("unflatten")
def unflatten(self, dim, sizes):
    k = self._wrap_dim(dim)
    shape = self._data.shape
    return view(self, shape[:k] + tuple(sizes) + shape[k + 1:])


# ---------------------------------------------------------------------------
# squeeze / unsqueeze

_UNSQ = node_class("UnsqueezeBackward0")
_SQ0 = node_class("SqueezeBackward0")
_SQ1 = node_class("SqueezeBackward1")
_SQ2 = node_class("SqueezeBackward2")


@tensor_method("unsqueeze")
def unsqueeze(self, dim):
    k = self._wrap_dim(dim, extra=1)
    arr = np.expand_dims(self._data, k)
    return view_of(self, arr, _UNSQ, lambda n, g: (g.squeeze(n._ctx),), k,
                   lambda b, k=k: np.expand_dims(b, k))


@tensor_method("squeeze")
def squeeze(self, dim=None):
    d = self._data
    shape = d.shape
    if dim is None:
        axes = tuple(i for i, s in enumerate(shape) if s == 1)
        cls = _SQ0
    elif isinstance(dim, (tuple, list)):
        axes = tuple(sorted({self._wrap_dim(k) for k in dim}))
        axes = tuple(a for a in axes if shape[a] == 1)
        cls = _SQ2
    else:
        k = self._wrap_dim(dim) if d.ndim else 0
        axes = (k,) if d.ndim and shape[k] == 1 else ()
        cls = _SQ1
    arr = np.squeeze(d, axis=axes) if axes else d.view()
    return view_of(self, arr, cls, lambda n, g: (g.reshape(n._ctx),), shape,
                   lambda b, a=axes: np.squeeze(b, axis=a) if a else b.view())


# ---------------------------------------------------------------------------
# transpose / permute / t / expand

_TRANSPOSE = node_class("TransposeBackward0")
_PERMUTE = node_class("PermuteBackward0")
_T = node_class("TBackward0")
_EXPAND = node_class("ExpandBackward0")


@tensor_method("transpose", "swapaxes", "swapdims")
def transpose(self, dim0, dim1):
    a = self._wrap_dim(dim0)
    b = self._wrap_dim(dim1)
    arr = np.swapaxes(self._data, a, b)
    return view_of(self, arr, _TRANSPOSE, lambda n, g: (g.transpose(*n._ctx),), (a, b),
                   lambda base, a=a, b=b: np.swapaxes(base, a, b))


@tensor_method("permute")
def permute(self, *dims):
    dims = _shape_arg(dims)
    n = self._data.ndim
    if len(dims) != n:
        raise RuntimeError(
            "permute(sparse_coo): number of dimensions in the tensor input does not match the "
            "length of the desired ordering of dimensions i.e. input.dim() = "
            f"{n} is not equal to len(dims) = {len(dims)}")
    w = tuple(self._wrap_dim(k) for k in dims)
    if len(set(w)) != n:
        raise RuntimeError("permute(): duplicate dims are not allowed.")
    inv = tuple(int(i) for i in np.argsort(w))
    arr = np.transpose(self._data, w)
    return view_of(self, arr, _PERMUTE, lambda nd, g: (g.permute(nd._ctx),), inv,
                   lambda base, w=w: np.transpose(base, w))


@tensor_method("t")
def t(self):
    n = self._data.ndim
    if n > 2:
        raise RuntimeError(f"t() expects a tensor with <= 2 dimensions, but self is {n}D")
    arr = self._data.T
    return view_of(self, arr, _T, lambda nd, g: (g.t(),), None, lambda base: base.T)


_T_SITE = "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:{}.)"


def _T_prop(self):
    n = self._data.ndim
    if n != 2:
        from .tensor import warn_once
        if n == 0:
            warn_once("T0", "Tensor.T is deprecated on 0-D tensors. This function is the identity in "
                 "these cases. " + _T_SITE.format(4321))
        else:
            warn_once("T", "The use of `x.T` on tensors of dimension other than 2 to reverse their shape "
                 "is deprecated and it will throw an error in a future release. Consider "
                 "`x.mT` to transpose batches of matrices or `x.permute(*torch.arange(x.ndim "
                 "- 1, -1, -1))` to reverse the dimensions of a tensor. "
                 + _T_SITE.format(4314))
    return permute(self, tuple(range(n - 1, -1, -1)))


def _mT_prop(self):
    n = self._data.ndim
    if n < 2:
        raise RuntimeError(f"tensor.mT is only supported on matrices or batches of matrices. "
                           f"Got {n}-D tensor.")
    return transpose(self, -2, -1)


def _mH_prop(self):
    out = _mT_prop(self)
    return out.conj() if self.dtype.is_complex else out


def _H_prop(self):
    n = self._data.ndim
    if n != 2:
        hint = (" For batches of matrices, consider using tensor.mH" if n > 2 else "")
        raise RuntimeError(f"tensor.H is only supported on matrices (2-D tensors). Got {n}-D "
                           f"tensor.{hint}")
    return _mH_prop(self)


Tensor.T = property(_T_prop)
Tensor.mT = property(_mT_prop)
Tensor.H = property(_H_prop)
Tensor.mH = property(_mH_prop)


def _expand_bwd(node, g):
    if node._ctx == ():   # PyTorch's sum_to to a 0-d shape is always a sum (-0 becomes +0)
        return (g.sum(),)
    return (g.sum_to_size(node._ctx),)


@tensor_method("expand")
def expand(self, *sizes):
    sizes = _shape_arg(sizes)
    shape = self._data.shape
    if len(sizes) < len(shape):
        raise RuntimeError(
            f"expand({self.dtype.legacy_name}{{{list(shape)}}}, size={list(sizes)}): the "
            f"number of sizes provided ({len(sizes)}) must be greater or equal to the number "
            f"of dimensions in the tensor ({len(shape)})")
    lead = len(sizes) - len(shape)
    target = []
    for i, s in enumerate(sizes):
        if i < lead:
            if s == -1:
                raise RuntimeError(
                    f"The expanded size of the tensor (-1) isn't allowed in a leading, "
                    f"non-existing dimension {i}")
            target.append(s)
            continue
        cur = shape[i - lead]
        if s == -1:
            s = cur
        if cur != s and cur != 1:
            raise RuntimeError(
                f"The expanded size of the tensor ({s}) must match the existing size ({cur}) "
                f"at non-singleton dimension {i}.  Target sizes: {list(sizes)}.  Tensor "
                f"sizes: {list(shape)}")
        target.append(s)
    target = tuple(target)
    if target[lead:] == shape and all(s == 1 for s in target[:lead]):
        # nothing is repeated: a plain (writable) view, so in-place ops work as in PyTorch
        pad = (None,) * lead + (Ellipsis,)
        return view_of(self, self._data[pad], _EXPAND, _expand_bwd, shape,
                       lambda base, p=pad: base[p])
    return view_of(self, _shared_broadcast(self._data, target), _EXPAND, _expand_bwd, shape,
                   lambda base, t=target: _shared_broadcast(base, t))


def _shared_broadcast(data, target):
    """An expanded view that writes through to the memory it repeats, as PyTorch's does
    (`t = x.expand(2); t[0] = 5` changes every repeat); in-place ops that would write one
    element several times are refused by dispatch.check_overlap."""
    arr = np.broadcast_to(data, target)
    if data.flags.writeable:
        arr.flags.writeable = True
    return arr


@tensor_method("expand_as")
def expand_as(self, other):
    return expand(self, other._data.shape)


# ---------------------------------------------------------------------------
# clone / contiguous / copies

_CLONE = node_class("CloneBackward0")


@tensor_method("clone")
def clone(self, memory_format=None):
    out = make(np.array(self._data, copy=True, order="C"), self.dtype)
    return record(out, _CLONE, (self,), lambda n, g: (g,))


@tensor_method("contiguous")
def contiguous(self, memory_format=None):
    if self._data.flags.c_contiguous:
        return self
    return clone(self)


# ---------------------------------------------------------------------------
# unbind / select (iteration)

_UNBIND = node_class("UnbindBackward0")


def _unbind_bwd(node, grads):
    dim, shape, dt = node._ctx
    if not isinstance(grads, (list, tuple)):  # a one-output node gets its grad unwrapped
        grads = (grads,)
    parts = []
    for g in grads:
        if g is None:
            sub = shape[:dim] + shape[dim + 1:]
            g = make(np.zeros(sub, dt.np), dt)
        parts.append(g)
    from .ops_join import stack
    return (stack(parts, dim),)


@tensor_method("unbind")
def unbind(self, dim=0):
    k = self._wrap_dim(dim)
    d = self._data
    n = d.shape[k]
    rg = is_grad_enabled() and self._requires_grad
    node = None
    if rg:
        node = _UNBIND((edge_of(self),), _unbind_bwd, None,
                       ((d.shape, self.dtype),), (k, d.shape, self.dtype), n_out=n)
    return view_outputs(self, [(slice(None),) * k + (i, Ellipsis) for i in range(n)], node)


def view_outputs(self, indices, node):
    """Views of self at each NumPy index, sharing one multi-output node (unbind, split)."""
    d = self._data
    base = self._base if self._base is not None else self
    pf = self._view_fn if self._base is not None else None
    outs = []
    for i, idx in enumerate(indices):
        t = make(d[idx], self.dtype)
        t._vc = self._vc
        t._base = base
        t._view_fn = (lambda b, ix=idx: b[ix]) if pf is None else (
            lambda b, ix=idx, p=pf: p(b)[ix])
        if node is not None:
            t.grad_fn = node
            t._requires_grad = True
            t._output_nr = i
            t._multi = True
        elif self._requires_grad and not is_grad_enabled():
            t._requires_grad = True
            t._multi = NoGradView(self._vc[0])
        register_view(base, t)
        outs.append(t)
    return tuple(outs)


# ---------------------------------------------------------------------------
# in-place writes through views

_COPY_SLICES = node_class("CopySlices", qualified="torch::autograd::CopySlices")
_AS_STRIDED = node_class("AsStridedBackward0")


def register_view(base, view):
    """Remember `view` on its base so an in-place write can regenerate its grad_fn."""
    if base._views is None:
        base._views = []
    elif len(base._views) > 64:
        base._views = [r for r in base._views if r() is not None]
    base._views.append(weakref.ref(view))


def refresh_views(base, skip):
    """After an in-place op recorded on `base` (directly or through the view `skip`), every
    other live view of base takes its gradient through base's new node: PyTorch regenerates
    such a view's grad_fn as AsStridedBackward0 when it sees the base's version moved."""
    if not base._views or base.grad_fn is None:
        return
    edge = edge_of(base)
    for ref in base._views:
        v = ref()
        if v is None or v is skip or v._view_fn is None:
            continue
        av = _AS_STRIDED((edge,), lambda n, g: (None,), None, None, ctx=None)
        av._fn = _as_strided_bwd(v, v._view_fn)
        av._meta = ((base._data.shape, base.dtype),)
        v.grad_fn = av
        v._requires_grad = True
        v._output_nr = 0


def rebase_view(view, op_node):
    """After an in-place op on `view`, give its base a CopySlices node and the view an
    AsStridedBackward0 node, as PyTorch does."""
    base = view._base
    fn = view._view_fn
    base_edge = edge_of(base)
    nexts = (base_edge,) + tuple(op_node.next_functions[1:])
    meta = ((base._data.shape, base.dtype),) + tuple((op_node._meta or ())[1:])

    def copy_slices_bwd(node, g):
        res = g.clone() if g is not None else None
        # the op's backward sees a copy of the region (its results must not alias res)
        region = make(np.array(fn(g._data)), g.dtype)
        if g._requires_grad:
            region = _region_grad(g, fn)
        inner = op_node._fn(op_node, region)
        first = inner[0]
        if first is None:
            fn(res._data)[...] = 0
        else:
            fn(res._data)[...] = first._data if first.shape == region.shape else \
                np.broadcast_to(first._data, region.shape)
        return (res,) + tuple(inner[1:])

    cs = _COPY_SLICES(nexts, copy_slices_bwd, None, meta)
    old_fn, old_nr = base.grad_fn, base._output_nr
    base.grad_fn = cs
    base._requires_grad = True
    base._output_nr = 0
    if base._retains_grad and old_fn is not None:
        from .dispatch import _move_retain_hook
        _move_retain_hook(base, old_fn, old_nr)
    av = _AS_STRIDED(((cs, 0),), lambda n, g: (None,), None, None,
                     ctx=None)
    av._fn = _as_strided_bwd(view, fn)
    av._meta = ((base._data.shape, base.dtype),)
    view.grad_fn = av
    view._requires_grad = True
    view._output_nr = 0


def _region_grad(g, fn):
    """fn(g) as a differentiable copy (create_graph)."""
    out = make(np.array(fn(g._data)), g.dtype)
    shape = g._data.shape

    def bwd(n, gg):
        full = np.zeros(shape, gg.dtype.np)
        fn(full)[...] = gg._data
        return (make(full, gg.dtype),)
    return record(out, _AS_STRIDED, (g,), bwd)


def _as_strided_bwd(view, fn):
    shape = view._base._data.shape
    dt = view.dtype

    def bwd(node, g):
        full = np.zeros(shape, dt.np)
        fn(full)[...] = g._data
        return (make(full, dt),)
    return bwd



_NARROW = node_class("SliceBackward0")


@tensor_method("narrow")
def narrow(self, dim, start, length):
    k = self._wrap_dim(dim)
    size = self._data.shape[k]
    if start < 0:
        start += size
    if start < 0 or start + length > size:
        raise RuntimeError(f"start ({start}) + length ({length}) exceeds dimension size ({size}).")
    idx = (slice(None),) * k + (slice(start, start + length), Ellipsis)
    shape = self._data.shape

    def bwd(n, g):
        from .ops_index import embed
        return (embed(g, shape, idx),)
    return view_of(self, self._data[idx], _NARROW, bwd, None, lambda b, ix=idx: b[ix])


# ---------------------------------------------------------------------------
# repeat / flip / roll / movedim

_REPEAT = node_class("RepeatBackward0")
_FLIP = node_class("FlipBackward0")
_ROLL = node_class("RollBackward0")


@tensor_method("repeat")
def repeat(self, *sizes):
    sizes = _shape_arg(sizes)
    shape = self._data.shape
    if len(sizes) < len(shape):
        raise RuntimeError(
            "Number of dimensions of repeat dims can not be smaller than number of dimensions "
            "of tensor")
    for s in sizes:
        if s < 0:
            raise RuntimeError(f"Trying to create tensor with negative dimension {s}: "
                               f"{list(sizes)}")
    lead = len(sizes) - len(shape)
    padded = (1,) * lead + shape
    arr = np.tile(self._data.reshape(padded), sizes)
    out = make(np.ascontiguousarray(arr), self.dtype)

    def bwd(n, g):
        # view the output as (r0, s0, r1, s1, ...) and sum the repeat axes
        split = []
        for r, s in zip(sizes, padded):
            split += [r, s]
        gg = g.reshape(split).sum(tuple(range(0, 2 * len(sizes), 2)))
        return (gg.reshape(shape),)
    return record(out, _REPEAT, (self,), bwd)


def _dims_arg(dims):
    if len(dims) == 1 and isinstance(dims[0], (tuple, list)):
        return tuple(dims[0])
    return tuple(dims)


@tensor_method("flip")
def flip(self, *dims):
    dims = _dims_arg(dims)
    axes = tuple(self._wrap_dim(d) for d in dims)
    if len(set(axes)) != len(axes):
        raise RuntimeError(f"dims has duplicates, original flip dims size={len(axes)}, "
                           f"but unique flip dims size={len(set(axes))}")
    out = make(np.ascontiguousarray(np.flip(self._data, axes)), self.dtype)
    return record(out, _FLIP, (self,), lambda n, g: (g.flip(axes),))


@tensor_method("fliplr")
def fliplr(self):
    return flip(self, 1)


@tensor_method("flipud")
def flipud(self):
    return flip(self, 0)


@tensor_method("roll")
def roll(self, shifts, dims=None):
    if isinstance(shifts, int):
        shifts = (shifts,)
    if dims is None:
        if len(shifts) != 1:
            raise RuntimeError(f"`shifts` required to be of size 1 when dims is None, got "
                               f"{len(shifts)}")  # approximate text
        flat = self.reshape(-1) if self._data.ndim != 1 else self
        arr = np.roll(flat._data, shifts[0])
        out = make(np.ascontiguousarray(arr).reshape(self._data.shape), self.dtype)
        k = shifts[0]
        return record(out, _ROLL, (self,), lambda n, g: (g.roll(-k),))
    if isinstance(dims, int):
        dims = (dims,)
    if len(shifts) != len(dims):
        raise RuntimeError(f"shifts and dimensions must align. shifts: {len(shifts)}, dims:"
                           f"{len(dims)}")
    axes = tuple(self._wrap_dim(d) for d in dims)
    arr = np.roll(self._data, tuple(shifts), axes)
    out = make(np.ascontiguousarray(arr), self.dtype)
    neg = tuple(-s for s in shifts)
    return record(out, _ROLL, (self,), lambda n, g: (g.roll(neg, axes),))


@tensor_method("movedim", "moveaxis")
def movedim(self, source, destination):
    n = self._data.ndim
    src = (source,) if isinstance(source, int) else tuple(source)
    dst = (destination,) if isinstance(destination, int) else tuple(destination)
    src = [self._wrap_dim(s) for s in src]
    dst = [self._wrap_dim(d) for d in dst]
    order = [None] * n
    for s, d in zip(src, dst):
        order[d] = s
    rest = iter(i for i in range(n) if i not in src)
    order = [o if o is not None else next(rest) for o in order]
    return permute(self, tuple(order))


# ---------------------------------------------------------------------------
# diagonals and triangles

_DIAG_EMBED = node_class("DiagEmbedBackward0")
_DIAGONAL = node_class("DiagonalBackward0")
_DIAGONAL_COPY = node_class("DiagonalBackward0_copy")
_TRIL = node_class("TrilBackward0")
_TRIU = node_class("TriuBackward0")


def _diag_index(shape, offset):
    r, c = shape
    if offset >= 0:
        n = max(0, min(r, c - offset))
        return np.arange(n), np.arange(n) + offset
    n = max(0, min(r + offset, c))
    return np.arange(n) - offset, np.arange(n)


@tensor_method("diagonal")
def diagonal(self, offset=0, dim1=0, dim2=1):
    a = self._wrap_dim(dim1)
    b = self._wrap_dim(dim2)
    arr = np.diagonal(self._data, offset, a, b)
    shape = self._data.shape

    def bwd(n, g):
        full = np.zeros(shape, g.dtype.np)
        idx = _diag_index((shape[a], shape[b]), offset)
        moved = np.moveaxis(full, (a, b), (-2, -1))
        moved[..., idx[0], idx[1]] = g._data
        return (make(full, g.dtype),)
    return view_of(self, arr, _DIAGONAL, bwd, None,
                   lambda base, o=offset, a=a, b=b: np.diagonal(base, o, a, b))


def diag(input, diagonal=0):
    d = input._data
    if d.ndim == 1:
        n = d.shape[0] + abs(diagonal)
        arr = np.zeros((n, n), d.dtype)
        idx = _diag_index((n, n), diagonal)
        arr[idx] = d
        out = make(arr, input.dtype)
        return record(out, _DIAG_EMBED, (input,),
                      lambda nd, g: (_take_diag(g, diagonal),))
    if d.ndim != 2:
        raise RuntimeError("diag(): Supports 1D or 2D tensors. Got " f"{d.ndim}D")
    idx = _diag_index(d.shape, diagonal)
    out = make(np.array(d[idx]), input.dtype)
    shape = d.shape

    def bwd(nd, g):
        return (_put_diag(g, shape, diagonal),)
    return record(out, _DIAGONAL_COPY, (input,), bwd)


def _take_diag(g, offset):
    idx = _diag_index(g._data.shape, offset)
    out = make(np.array(g._data[idx]), g.dtype)
    shape = g._data.shape
    return record(out, _DIAGONAL_COPY, (g,), lambda nd, gg: (_put_diag(gg, shape, offset),))


def _put_diag(g, shape, offset):
    full = np.zeros(shape, g.dtype.np)
    full[_diag_index(shape, offset)] = g._data
    out = make(full, g.dtype)
    return record(out, _DIAG_EMBED, (g,), lambda nd, gg: (_take_diag(gg, offset),))


tensor_method("diag")(diag)


def _tri(self, k, lower):
    d = self._data
    if d.ndim < 2:
        raise RuntimeError(f"{'tril' if lower else 'triu'}: input tensor must have at least 2 "
                           "dimensions")
    arr = np.tril(d, k) if lower else np.triu(d, k)
    out = make(np.ascontiguousarray(arr), self.dtype)
    cls = _TRIL if lower else _TRIU
    return record(out, cls, (self,), lambda n, g: ((g.tril(k) if lower else g.triu(k)),))


@tensor_method("tril")
def tril(self, diagonal=0):
    return _tri(self, diagonal, True)


@tensor_method("triu")
def triu(self, diagonal=0):
    return _tri(self, diagonal, False)


# ---------------------------------------------------------------------------
# select, unfold, and the in-place shape changes (t_, transpose_, unsqueeze_, squeeze_)

@tensor_method("select")
def select(self, dim, index):
    from .ops_index import _select
    if self._data.ndim == 0:
        raise IndexError("select() cannot be applied to a 0-dim tensor.")
    return _select(self, self._wrap_dim(dim), int(index))


_UNFOLD = node_class("UnfoldBackward0")


@tensor_method("unfold")
def unfold(self, dimension, size, step):
    d = self._data
    k = self._wrap_dim(dimension) if d.ndim else 0
    length = d.shape[k] if d.ndim else 1
    if size > length:
        raise RuntimeError(
            f"maximum size for tensor at dimension {k} is {length} but size is {size}")
    if step <= 0:
        raise RuntimeError(f"step is {step} but must be > 0")
    windows = np.lib.stride_tricks.sliding_window_view(d, size, axis=k)
    sel = (slice(None),) * k + (slice(None, None, step), Ellipsis)
    arr = windows[sel]
    shape = d.shape

    def bwd(node, g):
        full = np.zeros(shape, g.dtype.np)
        acc = np.lib.stride_tricks.sliding_window_view(full, size, axis=k, writeable=True)
        n = g._data.shape[k]
        for w in range(n):  # windows may overlap: add them one by one
            dst = (slice(None),) * k + (w * step, Ellipsis)
            src = (slice(None),) * k + (w, Ellipsis)
            acc[dst] += g._data[src]
        return (make(full, g.dtype),)
    return view_of(self, arr, _UNFOLD, bwd, None,
                   lambda b, k=k, s=size, sl=sel: np.lib.stride_tricks.sliding_window_view(
                       b, s, axis=k)[sl])


def _inplace_shape(op, node_name):
    cls = node_class(node_name)

    def method(self, *args):
        out = op(self, *args)
        self._data = out._data
        if out.grad_fn is not None:
            out.grad_fn.__class__ = cls
            self.grad_fn = out.grad_fn
            self._output_nr = 0
        self._vc[0] += 1
        return self
    return method


tensor_method("t_")(_inplace_shape(t, "TBackward1"))
tensor_method("transpose_", "swapaxes_", "swapdims_")(
    _inplace_shape(transpose, "TransposeBackward1"))
tensor_method("unsqueeze_")(_inplace_shape(unsqueeze, "UnsqueezeBackward1"))
tensor_method("squeeze_")(_inplace_shape(squeeze, "SqueezeBackward3"))
