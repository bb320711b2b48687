"""The Tensor: a NumPy array plus autograd state.

Tensor is deliberately thin: it holds data and autograd bookkeeping, and forwards every
operation to the op modules (`ops_pointwise`, `ops_reduce`, `ops_shape`, ...), which attach
themselves as methods through `tensor_method`. The attribute names a script may read are
collected in `Tensor._script_attrs` (the sandbox reads that allow-list).
"""
from __future__ import annotations

import weakref

import numpy as np

from . import dtypes
from .autograd import _state as _grad_state
from .autograd import (RemovableHandle, edge_of, grad_accumulator, is_grad_enabled,
                       run_backward)

NONLEAF_GRAD_WARNING = (
    "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad "
    "attribute won't be populated during autograd.backward(). If you indeed want the .grad "
    "field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. "
    "If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor "
    "instead. See github.com/pytorch/pytorch/pull/30531 for more information. (Triggered "
    "internally at /__w/pytorch/pytorch/build/aten/src/ATen/core/TensorBody.h:493.)"
)


FLOAT_OF_GRAD_WARNING = (
    "Converting a tensor with requires_grad=True to a scalar may lead to unexpected behavior.\n"
    "Consider using tensor.detach() first. (Triggered internally at "
    "/__w/pytorch/pytorch/torch/csrc/autograd/generated/python_variable_methods.cpp:822.)")

#: Warnings PyTorch gives once per process; reset before every script (api.reset_state).
_warned_once = {"float": False, "T": False, "T0": False}


def warn_once(key: str, message: str) -> None:
    """A TORCH_WARN_ONCE warning: the first time in a run, at the script's current line."""
    if not _warned_once[key]:
        _warned_once[key] = True
        _warn(message)


class Size(tuple):
    """torch.Size: a tuple of ints that prints as `torch.Size([2, 3])`."""

    __slots__ = ()
    _script_attrs = frozenset({"numel", "index", "count"})

    def __repr__(self):
        return f"torch.Size({list(self)!r})"

    __str__ = __repr__

    def numel(self):
        n = 1
        for d in self:
            n *= d
        return n

    def __getitem__(self, i):
        r = tuple.__getitem__(self, i)
        return Size(r) if isinstance(i, slice) else r

    def __add__(self, other):
        return Size(tuple.__add__(self, tuple(other)))


class Device:
    __slots__ = ()
    _script_attrs = frozenset({"type", "index"})
    type = "cpu"
    index = None

    def __repr__(self):
        return "device(type='cpu')"

    def __str__(self):
        return "cpu"

    def __eq__(self, other):
        return isinstance(other, (Device, str)) and str(other) == "cpu"

    __hash__ = object.__hash__


CPU = Device()


_CPP_TYPE = {"float32": "float", "float64": "double", "int64": "long int", "int32": "int",
             "int16": "short int", "int8": "signed char", "uint8": "unsigned char",
             "bool": "bool", "float16": "c10::Half", "bfloat16": "c10::BFloat16"}


def _cpp_type(dtype):
    """The C++ element type name PyTorch's messages use ('double', 'long int', ...)."""
    name = str(dtype).replace("torch.", "")
    return _CPP_TYPE.get(name, name)


def _warn(message):
    from gradcli.errors import warn
    warn(message)


#: gradcli.insight's hooks (None when off): "nonleaf_grad"(t) after the non-leaf .grad
#: warning, "data"(t, alias) when a script takes ``t.data``.  Off the hot path.
insight_hooks = {"nonleaf_grad": None, "data": None}


class Tensor:
    __slots__ = ("_data", "dtype", "_requires_grad", "grad_fn", "_grad", "_vc",
                 "_base", "_output_nr", "_acc", "_retains_grad", "_hooks", "_view_fn",
                 "_post_acc", "_multi", "_views", "__weakref__")

    _script_attrs = {
        "shape", "dtype", "requires_grad", "is_leaf", "grad", "grad_fn", "data", "device",
        "ndim", "T", "mT", "H", "mH", "is_cuda", "_version", "size", "dim", "numel",
        "nelement", "item", "tolist", "numpy", "backward", "detach", "detach_",
        "requires_grad_", "retain_grad", "retains_grad", "register_hook", "is_floating_point",
        "is_contiguous", "element_size", "ndimension", "type", "cpu", "cuda", "to",
        "is_complex", "storage_offset", "stride", "data_ptr", "untyped_storage", "layout",
        "is_sparse", "names", "apply_", "map_", "zero_", "fill_", "copy_", "output_nr",
        "_base", "itemsize", "nbytes", "register_post_accumulate_grad_hook",
    }
    _script_settable = frozenset({"requires_grad", "grad", "data"})

    def __init__(self, *args, **kwargs):
        """`torch.Tensor(...)`, PyTorch's legacy constructor (data or sizes, float32).

        The engine itself builds tensors with `make()`."""
        adopt(self, _legacy_tensor(*args, **kwargs))

    # ------------------------------------------------------------------ basics
    @property
    def shape(self):
        return Size(self._data.shape)

    def size(self, dim=None):
        if dim is None:
            return Size(self._data.shape)
        return self._data.shape[self._wrap_dim(dim)]

    def _wrap_dim(self, dim, extra=0):
        n = self._data.ndim + extra
        lo, hi = (-n, n - 1) if n > 0 else (-1, 0)
        if not isinstance(dim, int) or isinstance(dim, bool):
            raise TypeError(f"dim must be an int, not {type(dim).__name__}")
        if dim < lo or dim > hi:
            raise IndexError(
                f"Dimension out of range (expected to be in range of [{lo}, {hi}], but got {dim})")
        return dim + n if dim < 0 else dim

    def dim(self):
        return self._data.ndim

    ndimension = dim

    @property
    def ndim(self):
        return self._data.ndim

    def numel(self):
        return self._data.size

    nelement = numel

    def element_size(self):
        return self.dtype.itemsize

    @property
    def itemsize(self):
        return self.dtype.itemsize

    @property
    def nbytes(self):
        return self._data.size * self.dtype.itemsize

    @property
    def device(self):
        return CPU

    is_cuda = False
    is_sparse = False
    layout = "torch.strided"

    def cpu(self):
        return self

    def is_floating_point(self):
        return self.dtype.is_floating_point

    def is_complex(self):
        return self.dtype.is_complex

    def is_contiguous(self, memory_format=None):
        return self._data.flags.c_contiguous

    def stride(self, dim=None):
        st = tuple(s // self._data.itemsize for s in self._data.strides)
        return st if dim is None else st[self._wrap_dim(dim)]

    def storage_offset(self):
        base = self._data.base if self._data.base is not None else self._data
        return (self._data.__array_interface__["data"][0]
                - base.__array_interface__["data"][0]) // self._data.itemsize

    def data_ptr(self):
        return self._data.__array_interface__["data"][0]

    # ------------------------------------------------------------ autograd state
    @property
    def requires_grad(self):
        return self._requires_grad

    @requires_grad.setter
    def requires_grad(self, value):
        if self.grad_fn is not None:
            if value:
                raise RuntimeError("you can only change requires_grad flags of leaf variables.")
            raise RuntimeError(
                "you can only change requires_grad flags of leaf variables. If you want to "
                "use a computed variable in a subgraph that doesn't require differentiation "
                "use var_no_grad = var.detach().")
        if value and self.dtype.category < 2:
            raise RuntimeError(
                "only Tensors of floating point and complex dtype can require gradients")
        self._requires_grad = bool(value)

    def requires_grad_(self, requires_grad=True):
        if self.grad_fn is not None and not requires_grad:
            raise RuntimeError(
                "you can only change requires_grad flags of leaf variables. If you want to "
                "use a computed variable in a subgraph that doesn't require differentiation "
                "use var_no_grad = var.detach().")
        if requires_grad and self.dtype.category < 2:
            raise RuntimeError("only Tensors of floating point dtype can require gradients")
        if self.grad_fn is None:
            self._requires_grad = bool(requires_grad)
        return self

    @property
    def is_leaf(self):
        return self.grad_fn is None

    @property
    def retains_grad(self):
        return self._retains_grad

    @property
    def output_nr(self):
        return self._output_nr

    @property
    def grad(self):
        if self.grad_fn is not None and not self._retains_grad and self._grad is None:
            _warn(NONLEAF_GRAD_WARNING)
            if insight_hooks["nonleaf_grad"] is not None:
                insight_hooks["nonleaf_grad"](self)
        return self._grad

    @grad.setter
    def grad(self, value):
        if value is not None:
            if not isinstance(value, Tensor):
                raise TypeError(
                    f"assigned grad expected to be a Tensor or None but got grad of type "
                    f"{type(value).__name__}")
            if value.dtype is not self.dtype:
                raise RuntimeError(
                    f"attempting to assign a gradient with dtype '{_cpp_type(value.dtype)}' "
                    f"to a tensor with grad_dtype '{self.dtype.short_name}'. The gradient "
                    "must match the tensor's grad_dtype (defaults to the tensor's dtype). You "
                    "can set the tensor's grad_dtype attribute with a specific dtype, or None "
                    "to allow any dtype. Set grad_dtype with caution. Diverging the dtypes of "
                    "a tensor and its gradient may break downstream systems that assume they "
                    "match.")
            if value._data.shape != self._data.shape:
                raise RuntimeError(
                    f"attempting to assign a gradient of size '{list(value._data.shape)}' to a "
                    f"tensor of size '{list(self._data.shape)}'. Please ensure that the "
                    f"gradient and the tensor are the same size")
        self._grad = value

    @property
    def data(self):
        t = make(self._data, self.dtype)
        if insight_hooks["data"] is not None:
            insight_hooks["data"](self, t)
        return t

    @data.setter
    def data(self, value):
        if not isinstance(value, Tensor):
            raise TypeError("Tensor.data must be a Tensor")
        if self._requires_grad and value.dtype.category < 2:
            raise RuntimeError("data set to a tensor that requires gradients must be floating "
                               "point or complex dtype")
        self._data = value._data
        self.dtype = value.dtype

    @property
    def _version(self):
        return self._vc[0]

    def retain_grad(self):
        if self.grad_fn is None:
            if not self._requires_grad:
                raise RuntimeError("can't retain_grad on Tensor that has requires_grad=False")
            return None
        if self._retains_grad:
            return None
        self._retains_grad = True
        import weakref
        ref = weakref.ref(self)

        def keep(g):
            t = ref()
            if t is not None:
                if t._grad is None:
                    t._grad = g.detach().clone() if not is_grad_enabled() else g
                else:
                    t._grad = t._grad + g
            return None

        self.grad_fn.register_prehook(keep)
        self.grad_fn._pre_hooks[-1][0] = self._output_nr
        self.grad_fn._pre_hooks[-1].append("retain")
        return None

    def register_hook(self, hook):
        if not self._requires_grad:
            raise RuntimeError(
                "cannot register a hook on a tensor that doesn't require gradient")
        if self.grad_fn is None:
            if self._hooks is None:
                self._hooks = []
            self._hooks.append(hook)
            return RemovableHandle(self._hooks, hook)
        fn = self.grad_fn
        if fn._pre_hooks is None:
            fn._pre_hooks = []
        entry = [self._output_nr, hook]
        # Tensor hooks run before the retain_grad hook of the same tensor.
        pos = len(fn._pre_hooks)
        for i, e in enumerate(fn._pre_hooks):
            if len(e) > 2:
                pos = i
                break
        fn._pre_hooks.insert(pos, entry)
        return RemovableHandle(fn._pre_hooks, entry)

    def register_post_accumulate_grad_hook(self, hook):
        """hook(tensor) runs after a backward pass accumulated into this leaf's .grad."""
        if not self._requires_grad:
            raise RuntimeError(
                "cannot register a hook on a tensor that doesn't require gradient")
        if self.grad_fn is not None:
            raise RuntimeError(
                "post accumulate grad hooks cannot be registered on non-leaf tensors")
        hooks = getattr(self, "_post_acc", None)
        if hooks is None:
            hooks = self._post_acc = []
        hooks.append(hook)
        return RemovableHandle(hooks, hook)

    def detach(self):
        t = make(self._data, self.dtype)
        t._vc = self._vc
        return t

    def detach_(self):
        if self._base is not None and self._base._requires_grad and self.grad_fn is not None:
            raise RuntimeError(
                "Can't detach views in-place. Use detach() instead. If you are using "
                "DistributedDataParallel (DDP) for training, and gradient_as_bucket_view is "
                "set as True, gradients are views of DDP buckets, and hence detach_() cannot "
                "be called on these gradients. To fix this error, please refer to the "
                "Optimizer.zero_grad() function in torch/optim/optimizer.py as the solution.")
        self.grad_fn = None
        self._requires_grad = False
        return self

    def backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None):
        backward(self, gradient, retain_graph, create_graph, inputs)

    # ---------------------------------------------------------------- conversion
    def item(self):
        n = self._data.size
        if n != 1:
            raise RuntimeError(f"a Tensor with {n} elements cannot be converted to Scalar")
        return self._data.reshape(()).item()

    def tolist(self):
        return self._data.tolist()

    def numpy(self, force=False):
        if self._requires_grad and not force:
            raise RuntimeError(
                "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() "
                "instead.")
        return self._data

    def _scalar(self, kind):
        if self._data.size != 1:
            raise ValueError("only one element tensors can be converted to Python scalars")
        v = self._data.reshape(()).item()
        if kind is not complex and type(v) is complex:
            v = v.real  # float(t) / int(t) of a complex tensor keep the real part
        return kind(v)

    def __complex__(self):
        return self._scalar(complex)

    def __float__(self):
        if self._requires_grad and not _warned_once["float"]:
            _warned_once["float"] = True  # PyTorch warns once per process (TORCH_WARN_ONCE)
            _warn(FLOAT_OF_GRAD_WARNING)
        return self._scalar(float)

    def __int__(self):
        return self._scalar(int)

    def __index__(self):
        if self.dtype.category >= 2 or self._data.size != 1:
            raise TypeError(
                "only integer tensors of a single element can be converted to an index")
        return int(self._data.reshape(()).item())

    def __bool__(self):
        n = self._data.size
        if n != 1:
            if n == 0:
                raise RuntimeError("Boolean value of Tensor with no values is ambiguous")
            raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
        return bool(self._data.reshape(()).item())

    def __len__(self):
        if self._data.ndim == 0:
            raise TypeError("len() of a 0-d tensor")
        return self._data.shape[0]

    def __iter__(self):
        if self._data.ndim == 0:
            raise TypeError("iteration over a 0-d tensor")
        from .ops_shape import unbind
        return iter(unbind(self, 0))

    __hash__ = object.__hash__

    # ------------------------------------------------------------------ printing
    def __repr__(self, *, tensor_contents=None):
        from .printing import format_tensor
        fn = self.grad_fn
        name = type(fn).__name__ if fn is not None else (
            "Invalid" if self._multi and stale_view(self) else None)
        return format_tensor(self._data, self.dtype, grad_fn_name=name,
                             requires_grad=self._requires_grad)

    __str__ = __repr__

    def __format__(self, spec):
        if self._data.ndim == 0:
            return format(self._data.item(), spec)
        if spec:
            raise TypeError("unsupported format string passed to Tensor.__format__")
        return repr(self)

    # ------------------------------------------------------------- helpers
    def _iadd_data(self, other):
        """Accumulate another tensor's values in place (gradient accumulation)."""
        np.add(self._data, other._data.astype(self._data.dtype, copy=False), out=self._data,
               casting="unsafe")

    def _bump(self):
        self._vc[0] += 1


def tensor_method(*names):
    """Attach a function to Tensor under the given method names (script-visible).

    A function that also serves an operator (`__add__`) returns NotImplemented for operands
    it does not take, so Python can try the other side; called by name (`x.add('a')`) it
    raises PyTorch's TypeError instead.
    """
    def deco(fn):
        dual = any(n.startswith("__") for n in names)
        for n in names:
            setattr(Tensor, n, fn if n.startswith("__") or not dual else _by_name(fn, n))
            if not n.startswith("__"):
                Tensor._script_attrs.add(n)
        return fn
    return deco


def _by_name(fn, name):
    def method(self, *args, **kwargs):
        res = fn(self, *args, **kwargs)
        if res is NotImplemented:
            other = args[0] if args else next(iter(kwargs.values()), None)
            raise TypeError(f"{name}(): argument 'other' (position 1) must be Tensor, not "
                            f"{type(other).__name__}")
        return res
    method.__name__ = name
    return method


_BFLOAT16 = dtypes.bfloat16
_FIELDS = tuple(n for n in Tensor.__slots__ if n != "__weakref__")


def adopt(t, src):
    """Give the (subclass) instance `t` the fields of the fresh tensor `src`."""
    for name in _FIELDS:
        try:
            setattr(t, name, getattr(src, name))
        except AttributeError:  # a slot that is only filled on demand
            pass
    return t


def _legacy_tensor(*args, **kwargs):
    from .creation import empty, tensor
    if kwargs.pop("device", None) not in (None, "cpu") or kwargs:
        raise TypeError("new() received an invalid combination of arguments")
    if len(args) == 1 and not isinstance(args[0], int):
        return tensor(args[0], dtype=dtypes.float32)
    return empty(*args, dtype=dtypes.float32)


# `type(t)` prints <class 'torch.Tensor'>, as in PyTorch
Tensor.__module__ = Size.__module__ = "torch"


class NoGradView:
    """`_multi` of a view made in no_grad mode of a tensor that requires grad (PyTorch's
    CreationMeta::NO_GRAD_MODE): the view requires grad, in-place writes to it with grad
    mode on are an error, and once its base (or any view of it, itself included) is written
    in place its grad_fn is `<Invalid>` and using it in a recorded op is an error. `version`
    is the version counter when the view was made; views made from it get their own mark."""

    __slots__ = ("version",)

    def __init__(self, version):
        self.version = version


def stale_view(t) -> bool:
    """A no_grad-mode view whose base was written in place after the view was made."""
    mark = t._multi
    return type(mark) is NoGradView and mark.version != t._vc[0]


NO_GRAD_VIEW_STALE = (
    "A view was created in no_grad mode and its base or another view of its base has been "
    "modified inplace with grad mode enabled. Given that this use case is ambiguous and "
    "error-prone, it is forbidden. You can clarify your code by moving both the view and the "
    "inplace either both inside the no_grad block (if you don't want the inplace to be "
    "tracked) or both outside (if you want the inplace to be tracked).")


def make(data, dtype=None):
    """A new tensor around an ndarray (0-d results of NumPy become 0-d arrays)."""
    if not isinstance(data, np.ndarray):
        data = np.asarray(data)
    if dtype is _BFLOAT16:  # float32 storage: every new bfloat16 result is rounded here
        data = dtypes.round_bfloat16(data)
    t = Tensor.__new__(Tensor)
    t._data = data
    t.dtype = dtype if dtype is not None else dtypes.from_numpy(data.dtype)
    t._requires_grad = False
    t.grad_fn = None
    t._grad = None
    t._vc = [0]
    t._base = None
    t._output_nr = 0
    t._acc = None
    t._retains_grad = False
    t._hooks = None
    t._view_fn = None
    t._multi = False  # a view (of a view) of one output of unbind/split: no in-place
    t._views = None  # on a base: weakrefs to its views (regenerated after in-place writes)
    return t


#: `gradcli graph` and `run --explain` set this to note, in `node_sources`, the script line
#: that created each node; False by default, so record() pays one global check.
capture_sources = False
node_sources = weakref.WeakKeyDictionary()


def _note_source(node):
    from gradcli.errors import WHERE
    node_sources[node] = WHERE.lineno


_NO_EDGE = (None, 0)


def record(out, node_cls, inputs, backward_fn, saved=None, ctx=None):
    """Attach a graph node to the fresh output tensor `out` if any input needs grad.

    inputs: the tensors (or None for Python scalars) in next_functions order.
    backward_fn(node, grad) returns one gradient (or None) per input.
    saved: the values backward_fn reads through node.saved(); saved tensors have their
    version recorded (an in-place change before backward is an error), and a saved `out`
    is kept as an alias, so the graph holds no reference cycle.
    """
    if not _grad_state["enabled"]:
        return out
    nexts = []
    meta = []
    needed = False
    for t in inputs:
        if t is None:
            nexts.append(_NO_EDGE)
            meta.append(None)
            continue
        if t._requires_grad:
            needed = True
            fn = t.grad_fn
            if fn is not None:
                nexts.append((fn, t._output_nr))
            elif t._multi and type(t._multi) is NoGradView:
                # such a view has no grad accumulator: its gradient goes nowhere
                if stale_view(t):
                    raise RuntimeError(NO_GRAD_VIEW_STALE)
                nexts.append(_NO_EDGE)
            else:
                ref = t._acc
                acc = ref() if ref is not None else None
                nexts.append((acc if acc is not None else grad_accumulator(t), 0))
        else:
            nexts.append(_NO_EDGE)
        meta.append((t._data.shape, t.dtype))
    if not needed:
        return out
    node = node_cls(tuple(nexts), backward_fn, saved, tuple(meta), ctx)
    if saved is not None:
        sv = []
        aliased = False
        i = 0
        for s in saved:
            if type(s) is Tensor:
                if s is out:
                    s = out.detach()
                    aliased = True
                    sv.append((i, s, s._vc[0], True))
                else:
                    sv.append((i, s, s._vc[0], False))
            i += 1
        if sv:
            node._sv = tuple(sv)
            if aliased:
                lst = list(saved)
                for e in sv:
                    lst[e[0]] = e[1]
                node._saved = tuple(lst)
    out.grad_fn = node
    out._requires_grad = True
    if capture_sources:
        _note_source(node)
    return out


def needs(node, i):
    """Whether input i of node needs a gradient."""
    return node.next_functions[i][0] is not None


def _make_grads(outputs, grads, create_graph):
    """Check / create the output gradients, as torch.autograd's _make_grads does."""
    res = []
    for i, (out, g) in enumerate(zip(outputs, grads)):
        if isinstance(g, Tensor):
            if g._data.shape != out._data.shape:
                raise RuntimeError(
                    f"Mismatch in shape: grad_output[{i}] has a shape of {g.shape} and "
                    f"output[{i}] has a shape of {out.shape}.")
            res.append(g)
        elif g is None:
            if out._requires_grad:
                if out._data.size != 1:
                    raise RuntimeError("grad can be implicitly created only for scalar outputs")
                if not out.dtype.is_floating_point:
                    raise RuntimeError(
                        f"grad can be implicitly created only for real scalar outputs but "
                        f"got {out.dtype}")
                res.append(make(np.ones(out._data.shape, out.dtype.np), out.dtype))
            else:
                res.append(None)
        else:
            raise TypeError(
                f"gradients can be either Tensors or None, but got {type(g).__name__}")
    return res


def _as_tuple(v, what="tensors"):
    if isinstance(v, Tensor):
        return (v,)
    try:
        return tuple(v)
    except TypeError:
        raise TypeError(f"'{type(v).__name__}' object is not iterable") from None


def run_roots(outputs, grads, retain_graph, create_graph, inputs=None, capture=None):
    """Check that every output requires grad, then run the engine from them."""
    roots = []
    for i, out in enumerate(outputs):
        if not out._requires_grad:
            raise RuntimeError(
                f"element {i} of tensors does not require grad and does not have a grad_fn")
        root = out.grad_fn if out.grad_fn is not None else grad_accumulator(out)
        roots.append((root, out._output_nr))
    gs = []
    for out, g in zip(outputs, grads):
        if g is not None and g.dtype is not out.dtype and out.dtype.is_floating_point:
            g = g.to(out.dtype)
        gs.append(g)
    return run_backward(roots, gs, retain_graph, create_graph, inputs, capture)


def edge_key(t):
    """The (node, output_nr) where the gradient of t is collected."""
    if t.grad_fn is not None:
        return (t.grad_fn, t._output_nr)
    return (grad_accumulator(t), 0)


def backward_many(tensors, grad_tensors=None, retain_graph=None, create_graph=False,
                  inputs=None):
    """torch.autograd.backward."""
    tensors = _as_tuple(tensors)
    if grad_tensors is None:
        grad_tensors = (None,) * len(tensors)
    else:
        grad_tensors = _as_tuple(grad_tensors)
    grads = _make_grads(tensors, grad_tensors, create_graph)
    if retain_graph is None:
        retain_graph = create_graph
    if inputs is not None:
        inputs = _as_tuple(inputs)
        if not inputs:
            raise RuntimeError("`inputs` argument to `backward()` cannot be empty.")
    if inputs is None:
        run_roots(tensors, grads, retain_graph, create_graph)
        return None
    capture = {}
    for i, t in enumerate(inputs):
        if not t._requires_grad:
            raise RuntimeError("One of the differentiated Tensors does not require grad")
        capture.setdefault(edge_key(t), i)
    got = run_roots(tensors, grads, retain_graph, create_graph, capture=capture)
    from .autograd import _accumulate, _state
    prev = _state["enabled"]
    _state["enabled"] = bool(create_graph)
    try:
        for t in dict.fromkeys(inputs):
            g = got[capture[edge_key(t)]]
            if g is not None:
                _accumulate(t, g, create_graph)
    finally:
        _state["enabled"] = prev
    for t in inputs:   # a non-leaf named in inputs= keeps its .grad from now on (PyTorch)
        if t.grad_fn is not None and not t._retains_grad:
            t.retain_grad()
    return None


def backward(t, gradient=None, retain_graph=None, create_graph=False, inputs=None):
    backward_many((t,), gradient, retain_graph, create_graph, inputs)
