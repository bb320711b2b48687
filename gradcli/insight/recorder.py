"""What happened during a run, for the summary and the hints.

:class:`Globals` is the script's module namespace; it notes the line of the last
assignment to each name (the compiler stores module-level names with ``g[name] = v``,
so a dict subclass sees every store without touching the compiler).

:class:`Recorder` is an autograd observer: for every backward pass it notes the line of
the call, how deep the graph was, and for each leaf how many passes have accumulated
into its current ``.grad``.  Listeners get ``pass_ended(recorder, info)``.
"""
from __future__ import annotations

import weakref

from gradcli import errors


class Globals(dict):
    """A module namespace that remembers the line of each name's last assignment."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lines: dict[str, int] = {}

    def __setitem__(self, name, value):
        dict.__setitem__(self, name, value)
        self.lines[name] = errors.WHERE.lineno

    def name_of(self, obj) -> str | None:
        """The first public module-level name bound to ``obj`` (identity)."""
        for name, value in list(self.items()):
            if value is obj and not name.startswith("_"):
                return name
        return None

    def name_of_node(self, node) -> str | None:
        """The module-level name of the tensor whose grad_fn is ``node``."""
        from gradcli.tensor.tensor import Tensor
        for name, value in list(self.items()):
            if isinstance(value, Tensor) and value.grad_fn is node and not name.startswith("_"):
                return name
        return None


class LeafRecord:
    """Backward passes that accumulated into a leaf's current ``.grad``."""

    __slots__ = ("ref", "passes", "lines", "stamp", "total", "last")

    def __init__(self, leaf):
        self.ref = weakref.ref(leaf)
        self.passes = 0         # passes summed into the current .grad
        self.lines: list[int] = []  # the backward lines of those passes
        self.stamp = None       # (grad object, its version) right after the last pass
        self.total = 0          # passes that ever reached this leaf
        self.last = None        # a copy of the values the last pass left

    def carried(self, before, after) -> bool:
        """Did this pass add onto the last pass's gradient (no zeroing in between)?"""
        if before is None or self.stamp is None:
            return False
        if self.stamp[0]() is after:        # accumulated in place
            return self.stamp[1] == after._vc[0]
        # the .grad object was replaced (create_graph): compare with what was left
        return self.last is not None and self.last.shape == before._data.shape and bool(
            (self.last == before._data).all())

    def untouched(self, grad) -> bool:
        """True when ``grad`` is still the object the last pass left, not zeroed since."""
        stamp = self.stamp
        return (stamp is not None and grad is not None and stamp[0]() is grad
                and stamp[1] == grad._vc[0])


class PassInfo:
    """One backward pass: its index, line, graph depth, and the accumulations."""

    __slots__ = ("index", "line", "depth", "nodes", "accumulated", "roots")

    def __init__(self, index, line, roots):
        self.index = index
        self.line = line
        self.depth = 0
        self.nodes = 0
        self.accumulated = []   # (leaf, record, before, after, carried)
        self.roots = roots


class Recorder:
    """Autograd observer keeping the per-leaf and per-pass bookkeeping."""

    def __init__(self):
        self.passes = 0
        self.pass_lines: set[int] = set()
        self.leaves: dict[int, LeafRecord] = {}
        self.listeners: list = []
        self.current: PassInfo | None = None
        self._depth: dict = {}

    # ------------------------------------------------------------- observer API
    def begin(self, roots, capture):
        self._capture = capture
        self._depth = {node: 1 for node, _ in roots if node is not None}
        line = errors.WHERE.lineno or None
        info = PassInfo(self.passes + 1, line, [n for n, _ in roots if n is not None])
        self.current = info
        if capture is None:
            for o in self.listeners:
                o.pass_begins(self, info)

    def node(self, node, grad_outputs, grad_inputs):
        depth = self._depth
        d = depth.pop(node, 1)
        info = self.current
        info.nodes += 1
        if d > info.depth:
            info.depth = d
        d += 1
        for nxt, _ in node.next_functions:
            if nxt is not None and depth.get(nxt, 0) < d:
                depth[nxt] = d

    def accumulate(self, leaf, before, after):
        rec = self.record(leaf)
        carried = rec.carried(before, after)
        if carried:
            rec.passes += 1
        else:
            rec.passes = 1
            rec.lines = []
        rec.total += 1
        rec.lines.append(self.current.line)
        rec.stamp = (weakref.ref(after), after._vc[0])
        rec.last = after._data.copy()
        self.current.accumulated.append((leaf, rec, before, after, carried))

    def end(self):
        info, self.current = self.current, None
        self._depth = {}
        if info is None or self._capture is not None:
            return
        self.passes += 1
        if info.line:
            self.pass_lines.add(info.line)
        for o in self.listeners:
            o.pass_ended(self, info)

    # ------------------------------------------------------------- queries
    def record(self, leaf) -> LeafRecord:
        rec = self.leaves.get(id(leaf))
        if rec is None or rec.ref() is not leaf:
            rec = self.leaves[id(leaf)] = LeafRecord(leaf)
        return rec

    def passes_into(self, leaf) -> int:
        """How many backward passes are summed in ``leaf.grad`` now (0: none/cleared)."""
        rec = self.leaves.get(id(leaf))
        if rec is None or rec.ref() is not leaf or not rec.untouched(leaf._grad):
            return 0
        return rec.passes
