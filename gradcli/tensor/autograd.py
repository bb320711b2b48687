"""Reverse-mode autograd: grad mode, graph nodes, and the backward engine.

The graph is made of `Node` objects. A node knows the nodes of its inputs
(`next_functions`, one-way links only: no node refers to its outputs, so the graph
never forms a reference cycle), the tensors it saved for its backward formula, and a
backward function written with Tensor operations (so that `create_graph=True` records
the backward pass itself). Leaves that require grad are reached through an
`AccumulateGrad` node that holds the leaf.

The engine (`run_backward`) is iterative: a heap of the nodes reached so far, taken
newest-first by creation sequence number, which fixes PyTorch's order of gradient
summation. Nothing here recurses on graph depth.
"""
from __future__ import annotations

import heapq
import itertools
import weakref

from numpy import asarray, ndarray

# ---------------------------------------------------------------------------
# Grad mode

_state = {"enabled": True, "inference": False}


def is_grad_enabled() -> bool:
    return _state["enabled"]


def set_grad_enabled_raw(mode: bool) -> None:
    """Set grad mode directly (per-run reset; leaves inference mode too)."""
    _state["enabled"] = bool(mode)
    _state["inference"] = False


class _GradModeContext:
    """Base of no_grad / enable_grad / set_grad_enabled / inference_mode.

    Usable as a context manager and as a decorator (`@torch.no_grad()`).
    """

    _script_attrs = frozenset()
    _mode = True

    def __enter__(self):
        self._prev = _state["enabled"]
        _state["enabled"] = self._mode
        return None

    def __exit__(self, *exc):
        _state["enabled"] = self._prev
        return False

    def __call__(self, fn):
        mode = self._mode

        def wrapper(*args, **kwargs):
            prev = _state["enabled"]
            _state["enabled"] = mode
            try:
                return fn(*args, **kwargs)
            finally:
                _state["enabled"] = prev

        return wrapper


class no_grad(_GradModeContext):
    _mode = False

    def __repr__(self):
        return f"<torch.autograd.grad_mode.no_grad object at {id(self):#x}>"


class enable_grad(_GradModeContext):
    _mode = True

    def __repr__(self):
        return f"<torch.autograd.grad_mode.enable_grad object at {id(self):#x}>"


class inference_mode(_GradModeContext):
    def __init__(self, mode=True):
        self._mode = not mode
        self._inference = bool(mode)

    def __enter__(self):
        self._prev_inf = _state["inference"]
        _state["inference"] = self._inference
        return _GradModeContext.__enter__(self)

    def __exit__(self, *exc):
        _state["inference"] = self._prev_inf
        return _GradModeContext.__exit__(self, *exc)

    def __call__(self, fn):
        ctx = self

        def wrapper(*args, **kwargs):
            with ctx:
                return fn(*args, **kwargs)

        return wrapper

    def __repr__(self):
        return f"<torch.autograd.grad_mode.inference_mode object at {id(self):#x}>"


class set_grad_enabled(_GradModeContext):
    """Takes effect immediately (like PyTorch) and restores on exit."""

    def __init__(self, mode):
        self._prev = _state["enabled"]
        self._mode = bool(mode)
        _state["enabled"] = self._mode

    def __enter__(self):
        return None

    def __call__(self, fn):
        # As a decorator the mode applies only inside calls: undo the immediate effect.
        _state["enabled"] = self._prev
        return _GradModeContext.__call__(self, fn)

    def __repr__(self):
        return f"<torch.autograd.grad_mode.set_grad_enabled object at {id(self):#x}>"


# ---------------------------------------------------------------------------
# Nodes

_seq = itertools.count()

SECOND_BACKWARD = (
    "Trying to backward through the graph a second time (or directly access saved tensors "
    "after they have already been freed). Saved intermediate values of the graph are freed "
    "when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to "
    "backward through the graph a second time or if you need to access saved tensors after "
    "calling backward."
)


class Node:
    """A backward function in the graph (what `tensor.grad_fn` returns)."""

    __slots__ = ("next_functions", "_fn", "_saved", "_seq", "_meta", "_ctx",
                 "_released", "_pre_hooks", "_n_out", "_sv", "_post_hooks", "__weakref__")
    _script_attrs = frozenset({"next_functions", "name", "register_hook",
                               "register_prehook", "metadata"})
    _qualified = None  # name() differs from the class name for a few C++ nodes

    def __init__(self, next_functions, fn, saved, meta, ctx=None, n_out=1):
        self.next_functions = next_functions
        self._fn = fn
        self._saved = saved
        self._seq = next(_seq)
        self._meta = meta
        self._ctx = ctx
        self._released = False
        self._pre_hooks = None
        self._n_out = n_out
        self._sv = None  # ((index, tensor, version, is_output), ...) for version checks
        self._post_hooks = None

    def name(self):
        return self._qualified or type(self).__name__

    def __getattr__(self, name):   # only for names no slot or method has: _saved_*
        if name.startswith("_saved_"):
            from .saved_attrs import saved_attribute
            return saved_attribute(self, name)
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    @property
    def metadata(self):
        return {}

    def __repr__(self):
        return f"<{type(self).__name__} object at {id(self):#x}>"

    def saved(self):
        """The saved values, checking release and version counters.

        A saved output comes back as an alias of the output; while the backward pass is
        itself recorded (create_graph) the alias carries this node as its grad_fn, so
        higher-order gradients flow through it.
        """
        saved = self._saved
        if saved is _Released:
            raise RuntimeError(SECOND_BACKWARD)
        sv = self._sv
        if sv is None:
            return saved
        saved = list(saved)
        for idx, t, version, is_out in sv:
            if t._vc[0] != version:
                raise RuntimeError(_version_message(self, t, version, is_out))
            if is_out and _state["enabled"]:
                alias = t.detach()
                alias.grad_fn = self
                alias._requires_grad = True
                saved[idx] = alias
        return saved

    def register_prehook(self, fn):
        if self._pre_hooks is None:
            self._pre_hooks = []
        entry = [None, fn]
        self._pre_hooks.append(entry)
        return RemovableHandle(self._pre_hooks, entry)

    def register_hook(self, fn):
        """A post hook: fn(grad_inputs, grad_outputs) may return new grad_inputs."""
        if self._post_hooks is None:
            self._post_hooks = []
        self._post_hooks.append(fn)
        return RemovableHandle(self._post_hooks, fn)


_node_classes: dict[str, type] = {}


def short_node_name(node) -> str:
    """`SigmoidBackward0` -> `Sigmoid` (as PyTorch's error texts name nodes)."""
    if node._qualified and not isinstance(node, AccumulateGrad):
        return node._qualified
    name = type(node).__name__
    i = name.rfind("Backward")
    if i <= 0:
        return name
    suffix = name[i + len("Backward"):]
    return name[:i] + ("" if suffix == "0" else suffix)   # ProdBackward1 -> Prod1


def _version_message(node, t, version, is_out):
    sizes = list(t._data.shape)
    if is_out:
        which = f", which is output 0 of {short_node_name(node)},"
    elif t.grad_fn is not None:
        which = f", which is output {t._output_nr} of {short_node_name(t.grad_fn)},"
    else:
        which = ""
    return (
        "one of the variables needed for gradient computation has been modified by an "
        f"inplace operation: [{t.dtype.legacy_name} {sizes}]{which} is at version "
        f"{t._vc[0]}; expected version {version} instead. Hint: enable anomaly detection to "
        "find the operation that failed to compute its gradient, with "
        "torch.autograd.set_detect_anomaly(True, check_nan=False).")


def node_class(name: str, qualified: str | None = None) -> type:
    """The Node subclass with PyTorch's pinned grad_fn class name."""
    cls = _node_classes.get(name)
    if cls is None:
        cls = type(name, (Node,), {"__slots__": (), "_qualified": qualified})
        _node_classes[name] = cls
    return cls


class AccumulateGrad(Node):
    """Leaf node: adds the incoming gradient into `variable.grad`."""

    __slots__ = ("variable",)
    _script_attrs = Node._script_attrs | {"variable"}
    _qualified = "torch::autograd::AccumulateGrad"

    def __init__(self, variable):
        Node.__init__(self, (), None, None, None)
        self.variable = variable


class RemovableHandle:
    __slots__ = ("_list", "_entry")
    _script_attrs = frozenset({"remove"})

    def __init__(self, lst, entry):
        self._list = lst
        self._entry = entry

    def remove(self):
        try:
            self._list.remove(self._entry)
        except ValueError:
            pass

    def __repr__(self):
        return f"<torch.utils.hooks.RemovableHandle object at {id(self):#x}>"


def grad_accumulator(t):
    """The (cached) AccumulateGrad node of a leaf that requires grad."""
    ref = t._acc
    acc = ref() if ref is not None else None
    if acc is None:
        acc = AccumulateGrad(t)
        t._acc = weakref.ref(acc)
    return acc


def edge_of(t):
    """The (node, input_nr) edge a new node uses for input tensor t (None if no grad)."""
    if t is None or not t._requires_grad:
        return (None, 0)
    fn = t.grad_fn
    if fn is not None:
        return (fn, t._output_nr)
    return (grad_accumulator(t), 0)


# ---------------------------------------------------------------------------
# The engine

#: Observers of backward passes (gradcli's --explain and --format jsonl), empty by default.
#: Each has begin(roots, capture), node(node, grad_outputs, grad_inputs), accumulate(leaf,
#: before, after) and end(); the engine pays one `if observers:` check per node when empty.
observers: list = []

def _needed_nodes(roots, targets):
    """{node: reaches a target} for nodes reachable from roots (iterative post-order)."""
    memo = {}
    stack = [(n, False) for n in roots if n is not None]
    while stack:
        node, done = stack.pop()
        if done:
            hit = node in targets
            if not hit:
                for c, _ in node.next_functions:
                    if c is not None and memo.get(c):
                        hit = True
                        break
            memo[node] = hit
            continue
        if node in memo:
            continue
        memo[node] = False
        stack.append((node, True))
        for c, _ in node.next_functions:
            if c is not None and c not in memo:
                stack.append((c, False))
    return memo


def _run_hooks(node, buf):
    """The node's pre-hooks (and a leaf's tensor hooks) on its gradient buffer `buf`."""
    if node._pre_hooks:
        for entry in list(node._pre_hooks):
            nr, fn = entry[0], entry[1]
            if nr is None:
                res = fn(tuple(buf))
                if res is not None:
                    buf = list(res)
            elif buf[nr] is not None:
                res = fn(buf[nr])
                if res is not None:
                    _check_hook_value(fn, buf[nr], res)
                    buf[nr] = res
    if type(node) is AccumulateGrad and buf[0] is not None:
        hooks = node.variable._hooks
        if hooks:
            g = buf[0]
            for fn in list(hooks):
                res = fn(g)
                if res is not None:
                    _check_hook_value(fn, g, res)
                    g = res
            buf[0] = g
    return buf


def _check_hook_value(fn, old, new):
    """A tensor hook may replace the gradient, but not change its size or dtype."""
    name = getattr(fn, "__name__", type(fn).__name__)
    shape = getattr(getattr(new, "_data", None), "shape", None)
    if shape != old._data.shape:
        raise RuntimeError(f"hook '{name}' has changed the size of value")
    if new.dtype is not old.dtype:
        raise RuntimeError(f"hook '{name}' has changed the type of value (was "
                           f"{old.dtype.legacy_name} got {new.dtype.legacy_name})")


def _leaf(node, g, create_graph, owned=False):
    """AccumulateGrad: add g into the leaf's .grad, then the leaf's post-accumulate hooks.
    owned: g was made by the engine itself (a sum of incoming gradients) and nothing else
    refers to it, so a leaf without .grad may take it instead of a copy."""
    var = node.variable
    if observers:
        old = var._grad
        old = None if old is None else old.detach().clone()
    _accumulate(var, g, create_graph, owned)
    if g is not None:
        if observers:
            for o in observers:
                o.accumulate(var, old, var._grad)
        post = getattr(var, "_post_acc", None)
        if post:
            for fn in list(post):
                fn(var)
    if node._post_hooks:
        for fn in list(node._post_hooks):
            fn((), (g,))


def run_backward(roots, grads, retain_graph=False, create_graph=False,
                 inputs=None, capture=None):
    """Propagate `grads` from the graph roots.

    roots: list of (node, output_nr); grads: matching gradient Tensors.
    capture: optional dict {(node, output_nr): index} (autograd.grad, or backward with
    `inputs=`): only the nodes that lead to a captured edge run, nothing accumulates into
    leaves, and the list of captured gradients (None where nothing arrived) is returned.

    Order: a node's inputs are always older than the node (sequence numbers only grow and
    next_functions never change), so taking the newest node that has received anything
    runs every node after all of its consumers: a heap of the nodes reached so far, no
    dependency counting. The buffer of a single-output node is its gradient (or None),
    of a multi-output node a list.
    """
    from .tensor import Tensor  # local: the engine and Tensor refer to each other

    prev_mode = _state["enabled"]
    _state["enabled"] = bool(create_graph)
    try:
        root_nodes = [n for n, _ in roots]
        if observers:
            for o in observers:
                o.begin(roots, capture)
        buffers = {}
        heap = []
        heappush = heapq.heappush
        heappop = heapq.heappop
        captured = [None] * len(capture) if capture is not None else None
        needed = None
        if capture is not None:
            needed = _needed_nodes(root_nodes, {n for n, _ in capture})
        for (node, nr), g in zip(roots, grads):
            if node is None:
                continue
            multi = node._n_out > 1
            if node not in buffers:
                buffers[node] = [None] * node._n_out if multi else None
                heappush(heap, (-node._seq, node))
            if g is not None:
                if multi:
                    buf = buffers[node]
                    buf[nr] = g if buf[nr] is None else buf[nr] + g
                else:
                    old = buffers[node]
                    buffers[node] = g if old is None else old + g
        missing = _MISSING
        merged = set()  # nodes whose buffer is a sum the engine made (no one else holds it)
        # Array formulas (backward_raw) when the pass is neither recorded nor watched:
        # buffers then hold bare float32/float64 arrays between such nodes.
        raw_formulas = None if create_graph or capture is not None or observers else _raw()
        while heap:
            node = heappop(heap)[1]
            buf = buffers.pop(node)
            if needed is not None and not needed.get(node):
                continue
            n_out = node._n_out
            if node._pre_hooks or capture is not None or (
                    type(node) is AccumulateGrad and node.variable._hooks):
                merged.discard(node)  # a hook may hand back a tensor the script holds
                lst = _run_hooks(node, _as_tensors(buf) if n_out > 1 else [_as_tensor(buf)])
                if capture is not None:
                    for nr in range(n_out):
                        k = capture.get((node, nr))
                        if k is not None and lst[nr] is not None:
                            captured[k] = lst[nr]
                buf = lst if n_out > 1 else lst[0]
            if type(node) is AccumulateGrad:
                if capture is None:
                    _leaf(node, _as_tensor(buf), create_graph,
                          node in merged and not observers)
                continue
            if needed is not None and not any(
                    c is not None and needed.get(c) for c, _ in node.next_functions):
                continue
            if buf is None or (n_out > 1 and all(b is None for b in buf)):
                in_grads = (None,) * len(node.next_functions)
            else:
                in_grads = NotImplemented
                if raw_formulas is not None and not node._post_hooks:
                    formula = raw_formulas.get(node._fn)
                    if formula is not None:
                        if type(buf) is ndarray:
                            in_grads = formula(node, buf, _ARRAY_DTYPES[buf.dtype])
                        elif buf.dtype in _RAW_DTYPES:
                            in_grads = formula(node, buf._data, buf.dtype)
                if in_grads is NotImplemented:
                    buf = _as_tensor(buf)
                    in_grads = node._fn(node, buf)
                    if node._post_hooks:
                        bufs = tuple(buf) if n_out > 1 else (buf,)
                        for fn in list(node._post_hooks):
                            res = fn(tuple(in_grads), bufs)
                            if res is not None:
                                in_grads = tuple(res)
                    if observers:
                        for o in observers:
                            o.node(node, tuple(buf) if n_out > 1 else (buf,), tuple(in_grads))
                if not retain_graph:
                    node._released = True
                    if node._saved is not None:
                        node._saved = _Released
                        node._sv = None
            meta = node._meta
            i = -1
            for nxt, nr in node.next_functions:
                i += 1
                if nxt is None:
                    continue
                g = in_grads[i]
                if g is not None:
                    if type(g) is not Tensor:  # from an array formula
                        if type(g) is not ndarray:  # NumPy's result on 0-d arrays
                            g = asarray(g)
                        m = meta[i]
                        if g.shape != m[0] or _ARRAY_DTYPES.get(g.dtype) is not m[1]:
                            g = _conform(_as_tensor(g), m, Tensor)
                    elif meta is not None:
                        m = meta[i]
                        if g._data.shape != m[0] or g.dtype is not m[1]:
                            g = _conform(g, m, Tensor)
                if nxt._n_out == 1:
                    old = buffers.get(nxt, missing)
                    if old is missing:
                        buffers[nxt] = g
                        heappush(heap, (-nxt._seq, nxt))
                    elif g is not None:
                        if old is None:
                            buffers[nxt] = g
                        elif type(old) is ndarray and type(g) is ndarray:
                            buffers[nxt] = asarray(old + g)  # same dtype and shape: Tensor add's kernel
                            merged.add(nxt)
                        else:
                            buffers[nxt] = _as_tensor(old) + _as_tensor(g)
                            merged.add(nxt)
                    continue
                b = buffers.get(nxt)
                if b is None:
                    b = buffers[nxt] = [None] * nxt._n_out
                    heappush(heap, (-nxt._seq, nxt))
                if g is not None:
                    g = _as_tensor(g)
                    old = b[nr]
                    b[nr] = g if old is None else old + g
        if observers:
            for o in observers:
                o.end()
        return captured
    finally:
        _state["enabled"] = prev_mode


_MISSING = object()
_RAW_DTYPES = set()  # the DTypes whose gradients the array formulas take: float32, float64
_ARRAY_DTYPES = {}  # their NumPy dtypes -> the DTypes


def _raw():
    """The array formulas (imported on the first backward pass: they import the ops)."""
    global _raw_table
    if _raw_table is None:
        from . import backward_raw, dtypes
        for dt in (dtypes.float32, dtypes.float64):
            _RAW_DTYPES.add(dt)
            _ARRAY_DTYPES[dt.np] = dt
        _raw_table = backward_raw.FORMULAS
    return _raw_table


_raw_table = None


def _as_tensor(g):
    """A gradient as a Tensor (the array formulas pass bare float32/float64 arrays)."""
    if g is None or type(g) is not ndarray:
        return g
    from .tensor import make
    return make(g, _ARRAY_DTYPES[g.dtype])


def _as_tensors(buf):
    return [_as_tensor(g) for g in buf]


class _ReleasedMarker:
    """Stands in for saved values after a backward pass without retain_graph."""

    def __iter__(self):
        raise RuntimeError(SECOND_BACKWARD)

    def __getitem__(self, i):
        raise RuntimeError(SECOND_BACKWARD)


_Released = _ReleasedMarker()


def _conform(g, meta, Tensor):
    """Sum a broadcast gradient back to the input's shape and cast it to its dtype."""
    shape, dtype = meta
    if g._data.shape != shape:
        g = g.sum_to_size(shape)
    if g.dtype is not dtype and dtype.is_floating_point:
        g = g.to(dtype)
    return g


def _copy_bwd(node, g):
    return None, g


_COPY_BACKWARDS = node_class("CopyBackwards")


def _accumulate(var, g, create_graph, owned=False):
    if g is None:
        return
    old = var._grad
    if old is None and owned and not create_graph:
        var._grad = g
    elif old is None:
        # A fresh copy, so later in-place accumulation never writes into a tensor the
        # script holds (e.g. the `gradient=` argument of backward). Under create_graph
        # PyTorch copies into a new tensor with the leaf's strides: the copy's node is
        # CopyBackwards.
        copy = g.detach().clone()
        if create_graph and g._requires_grad:
            from .tensor import record
            copy = record(copy, _COPY_BACKWARDS, (None, g), _copy_bwd)
        var._grad = copy
    elif create_graph or old._requires_grad:
        var._grad = old + g
    else:
        old._iadd_data(g)
