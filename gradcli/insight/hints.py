"""Pitfall hints: things that run without error (or fail with a puzzling one) but are
rarely what the author meant.  Each hint names the file and line and gives a one-line
fix; hints go to stderr (or become ``hint`` events with ``--format jsonl``), never to
stdout, and each fires once per place.

=====================  ==================================================================
kind                   fires when
=====================  ==================================================================
grad-accumulation      a leaf's ``.grad`` sums two or more backward passes with no
                       zeroing (``.grad = None``, ``.grad.zero_()``, ``zero_grad()``)
nonleaf-grad           a script reads ``.grad`` of a non-leaf (after PyTorch's warning)
zero-before-backward   ``x.grad.zero_()`` / ``x.grad.data.zero_()`` fails because no
                       backward has filled ``x.grad`` yet
data-write-saved       a write through ``.data`` changes a tensor that a graph node saved
                       for its backward, and a backward then runs through that node
growing-graph          ``backward()`` at one line, called again and again on a graph that
                       keeps growing, once the graph is deeper than 10,000 nodes
inplace-leaf-update    the in-place leaf error inside an optimisation loop: the weight
                       update belongs under ``with torch.no_grad():``
=====================  ==================================================================
"""
from __future__ import annotations

import re
import sys
import weakref

from gradcli import errors

DEPTH_LIMIT = 10_000

KINDS = ("grad-accumulation", "nonleaf-grad", "zero-before-backward", "data-write-saved",
         "growing-graph", "inplace-leaf-update")

_BACKWARD_CALL = re.compile(r"\.backward\s*\(|\bautograd\.backward\s*\(")
_ZERO_GRAD = re.compile(r"([A-Za-z_][\w.]*?)\.grad(\.data)?\.zero_\s*\(")
_UPDATE = re.compile(r"^\s*([A-Za-z_][\w.]*(?:\[.*\])?\s*(?:[-+*/]|\*\*|//)=|"
                     r"[A-Za-z_][\w.]*\.(?:add|sub|mul|div|copy|zero|fill|addcmul|"
                     r"addcdiv|clamp|normal|uniform)_\s*\(|"
                     r"[A-Za-z_][\w.]*\[.*\]\s*=[^=])")
_LOOP = re.compile(r"^\s*(for|while)\b.*:\s*(#.*)?$")


class Hint:
    __slots__ = ("kind", "file", "line", "message", "fix")

    def __init__(self, kind, file, line, message, fix):
        self.kind, self.file, self.line, self.message, self.fix = kind, file, line, message, fix

    def text(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: hint: {self.message}\n  fix: {self.fix}\n"

    def fields(self) -> dict:
        return {"kind": self.kind, "file": self.file, "line": self.line,
                "message": self.message, "fix": self.fix}


def _flat(t) -> str:
    """A tensor's printed values on one line (summarised when long, as print does)."""
    from gradcli.tensor.printing import format_tensor
    return " ".join(format_tensor(t._data, t.dtype).split())


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


class _WatchedVersion(list):
    """The version counter of a ``.data`` alias: reports every in-place write."""

    __slots__ = ("on_write",)

    def __setitem__(self, i, value):
        list.__setitem__(self, i, value)
        self.on_write()


class Hints:
    """Watches one run and emits hints through ``emit(hint)``."""

    def __init__(self, emit, globals_dict, recorder, filename: str, lines: list[str]):
        self.emit_hint = emit
        self.globals = globals_dict
        self.recorder = recorder
        self.file = filename
        self.lines = lines
        self.fired: set = set()
        self.pending: list[Hint] = []   # hints about an error: after the error's report
        self.writes: list = []          # (origin ref, array, line, seq) of .data writes
        self.growth: dict[int, int] = {}  # backward line -> depth of its last pass
        self.fired_kinds: list[str] = []

    # ------------------------------------------------------------ plumbing
    def install(self):
        from gradcli import runner
        from gradcli.tensor import tensor as tensor_mod
        self.recorder.listeners.append(self)
        tensor_mod.insight_hooks["nonleaf_grad"] = self.on_nonleaf_grad
        tensor_mod.insight_hooks["data"] = self.on_data
        runner.error_observers.append(self.on_error)

    def uninstall(self):
        from gradcli import runner
        from gradcli.tensor import tensor as tensor_mod
        if self in self.recorder.listeners:
            self.recorder.listeners.remove(self)
        tensor_mod.insight_hooks["nonleaf_grad"] = None
        tensor_mod.insight_hooks["data"] = None
        if self.on_error in runner.error_observers:
            runner.error_observers.remove(self.on_error)

    def _fire(self, key, hint: Hint, later: bool = False) -> None:
        if key in self.fired:
            return
        self.fired.add(key)
        self.fired_kinds.append(hint.kind)
        if later:
            self.pending.append(hint)
        else:
            self.emit_hint(hint)

    def finish(self) -> None:
        """Emit the hints about the script's error (after the error's report)."""
        pending, self.pending = self.pending, []
        for hint in pending:
            self.emit_hint(hint)

    def _src(self, line) -> str:
        if line and 1 <= line <= len(self.lines):
            return self.lines[line - 1].strip()
        return ""

    def _assigned(self, name) -> int | None:
        return getattr(self.globals, "lines", {}).get(name)

    # ------------------------------------------------------------ backward passes
    def pass_begins(self, recorder, info):
        if self.writes:
            self._check_saved(info)

    def pass_ended(self, recorder, info):
        for leaf, rec, before, after, carried in info.accumulated:
            if carried and rec.passes >= 2:
                self._accumulation(leaf, rec, before, after, info)
        self._growth(info)

    def _accumulation(self, leaf, rec, before, after, info):
        name = self.globals.name_of(leaf) if hasattr(self.globals, "name_of") else None
        label = name or "a leaf"
        key = ("grad-accumulation", name or id(leaf))
        first, last = rec.lines[-2], rec.lines[-1]
        if first != last:
            where = f"backward() at line {first}, then at line {last}"
        else:
            where = f"the backward() at line {last} ran again"
        msg = (f"{label}.grad now sums {rec.passes} backward passes ({where}) with no "
               f"zeroing in between: before {_flat(before)}, after {_flat(after)}")
        target = f"{name}.grad = None" if name else "leaf.grad = None"
        fix = (f"clear it before each backward(): {target} (or {name or 'leaf'}.grad.zero_(), "
               f"or optimizer.zero_grad()), unless summing passes is what you want")
        self._fire(key, Hint("grad-accumulation", self.file, last, msg, fix))

    def _growth(self, info):
        line = info.line
        if not line:
            return
        prev = self.growth.get(line)
        self.growth[line] = info.depth
        if prev is None or info.depth <= prev or info.depth <= DEPTH_LIMIT:
            return
        name = None
        if info.roots and hasattr(self.globals, "name_of_node"):
            name = self.globals.name_of_node(info.roots[0])
        what = f"{name} (assigned at line {self._assigned(name)})" if name else "its graph"
        msg = (f"backward() at line {line} runs again on a graph that keeps growing: "
               f"{info.depth:,} nodes deep now, {prev:,} on the previous pass; {what} "
               f"carries every earlier iteration's graph, so each pass gets slower")
        fix = ("detach what carries over between iterations (e.g. "
               f"{name or 'loss'} = {name or 'loss'}.detach() + ..., or keep a running "
               "total with .item())")
        self._fire(("growing-graph", line), Hint("growing-graph", self.file, line, msg, fix))

    # ------------------------------------------------------------ .grad of a non-leaf
    def on_nonleaf_grad(self, t):
        line = errors.WHERE.lineno
        if ("nonleaf-grad", line) in self.fired:
            return
        name = self.globals.name_of(t) if hasattr(self.globals, "name_of") else None
        leaves = self._leaf_names(t.grad_fn)
        leaf_text = (" or read the leaf's gradient instead (" +
                     ", ".join(n + ".grad" for n in leaves) + ")") if leaves else (
            " or read the leaf tensor's .grad instead")
        if name:
            made = self._assigned(name)
            at = f"right after line {made} (where {name} is created)" if made else "first"
            msg = (f"{name} is not a leaf (grad_fn={type(t.grad_fn).__name__}), so "
                   f"{name}.grad stays None: backward() only fills .grad of leaves")
            fix = f"call {name}.retain_grad() {at}, before backward(),{leaf_text}"
        else:
            msg = (f"this tensor is not a leaf (grad_fn={type(t.grad_fn).__name__}), so its "
                   ".grad stays None: backward() only fills .grad of leaves")
            fix = f"keep it in a variable and call .retain_grad() on it before backward(),{leaf_text}"
        self._fire(("nonleaf-grad", line), Hint("nonleaf-grad", self.file, line, msg, fix))

    def _leaf_names(self, node, limit=3) -> list[str]:
        from gradcli.tensor.autograd import AccumulateGrad
        names, seen, stack = [], set(), [node]
        while stack and len(names) < limit:
            n = stack.pop()
            if n is None or id(n) in seen:
                continue
            seen.add(id(n))
            if type(n) is AccumulateGrad:
                name = self.globals.name_of(n.variable) if hasattr(self.globals, "name_of") \
                    else None
                if name and name not in names:
                    names.append(name)
                continue
            stack.extend(c for c, _ in reversed(n.next_functions))
        return names

    # ------------------------------------------------------------ writes through .data
    def on_data(self, origin, alias):
        counter = _WatchedVersion(alias._vc)
        ref = weakref.ref(origin)
        arr = alias._data

        def on_write():
            from gradcli.tensor import autograd
            self.writes.append((ref, arr, errors.WHERE.lineno, next(autograd._seq)))
            del self.writes[:-64]
        counter.on_write = on_write
        alias._vc = counter

    def _check_saved(self, info):
        import numpy as np

        from gradcli.tensor.autograd import _Released
        from gradcli.tensor.tensor import Tensor
        writes = self.writes
        newest = max(w[3] for w in writes)
        seen, stack = set(), list(info.roots)
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            stack.extend(c for c, _ in node.next_functions if c is not None)
            saved = node._saved
            if node._seq > newest or saved is None or saved is _Released:
                continue
            for s in saved:
                if type(s) is not Tensor and not isinstance(s, Tensor):
                    continue
                for ref, arr, wline, seq in writes:
                    if node._seq < seq and np.may_share_memory(s._data, arr):
                        self._data_hint(node, ref(), wline, info)
        self.writes = [w for w in writes if w[0]() is not None]

    def _data_hint(self, node, origin, wline, info):
        key = ("data-write-saved", wline, type(node).__name__)
        if key in self.fired:
            return
        gl = self.globals
        name = gl.name_of(origin) if origin is not None and hasattr(gl, "name_of") else None
        made_by = gl.name_of_node(node) if hasattr(gl, "name_of_node") else None
        node_text = type(node).__name__
        if made_by:
            at = self._assigned(made_by)
            node_text += f" (of {made_by}" + (f", line {at})" if at else ")")
        tname = name or "a tensor"
        msg = (f"{tname} was changed through .data at line {wline} ({self._src(wline)}) "
               f"after {node_text} saved it for backward; the backward() at line "
               f"{info.line} uses the new values, and PyTorch computes a wrong gradient "
               "without any error")
        fix = (f"change it after backward(), or under `with torch.no_grad():` without .data "
               f"(then autograd reports the conflict), or save a copy: {name or 'x'}.clone()")
        self._fire(key, Hint("data-write-saved", self.file, wline, msg, fix))

    # ------------------------------------------------------------ script errors
    def on_error(self, kind, message, span):
        line = span.line if span is not None else errors.WHERE.lineno
        src = self._src(line)
        if kind == "AttributeError" and message in (
                "'NoneType' object has no attribute 'zero_'",
                "'NoneType' object has no attribute 'data'"):
            m = _ZERO_GRAD.search(src)
            if m:
                self._zero_before_backward(m.group(1), line)
        elif kind == "RuntimeError" and "Variable that requires grad is being used in an " \
                "in-place operation" in message:
            self._inplace_update(line)

    def _zero_before_backward(self, name, line):
        pending = [i + 1 for i, text in enumerate(self.lines)
                   if _BACKWARD_CALL.search(text) and not text.lstrip().startswith("#")
                   and i + 1 not in self.recorder.pass_lines]
        if pending:
            nxt = pending[0]
            where = (f"the first backward() that has not run yet is at line {nxt}"
                     + (", later in the script" if nxt > line else ""))
        else:
            where = "no backward() call is left to run"
        msg = (f"{name}.grad is None here: no backward pass has reached {name} yet, "
               f"so there is nothing to zero ({where})")
        fix = (f"zero after backward() has run, or guard it: `if {name}.grad is not None: "
               f"{name}.grad.zero_()` (or set {name}.grad = None)")
        self._fire(("zero-before-backward", line),
                   Hint("zero-before-backward", self.file, line, msg, fix), later=True)

    def _inplace_update(self, line):
        in_loop = self._loop_line(line)
        if not (self.recorder.passes or in_loop):
            return                      # not an optimisation loop: PyTorch's error says it
        if not _UPDATE.match(self.lines[line - 1] if 1 <= line <= len(self.lines) else ""):
            return
        first, last = self._update_block(line)
        span = f"line {first}" if first == last else f"lines {first}-{last}"
        loop = f" (inside the loop at line {in_loop})" if in_loop else ""
        msg = (f"the weight update at line {line}{loop} runs with autograd recording, so "
               f"changing a leaf that requires grad in place is an error")
        fix = (f"indent {span} under `with torch.no_grad():` (the update must not be "
               f"recorded); keep backward() outside it")
        self._fire(("inplace-leaf-update", line),
                   Hint("inplace-leaf-update", self.file, line, msg, fix), later=True)

    def _loop_line(self, line) -> int | None:
        """The line of the innermost for/while enclosing ``line``, or None."""
        if not 1 <= line <= len(self.lines):
            return None
        level = _indent(self.lines[line - 1])
        for i in range(line - 2, -1, -1):
            text = self.lines[i]
            if not text.strip() or text.lstrip().startswith("#"):
                continue
            ind = _indent(text)
            if ind < level:
                if _LOOP.match(text):
                    return i + 1
                level = ind
                if ind == 0:
                    break
        return None

    def _update_block(self, line):
        """The run of update statements around ``line`` at its indentation."""
        level = _indent(self.lines[line - 1])

        def ok(i):
            text = self.lines[i - 1] if 1 <= i <= len(self.lines) else ""
            return bool(text.strip()) and _indent(text) == level and bool(_UPDATE.match(text))
        first = last = line
        while ok(first - 1):
            first -= 1
        while ok(last + 1):
            last += 1
        return first, last


def text_emitter(out, err):
    """emit(hint) writing to ``err`` after flushing ``out`` (keeps the order on a tty)."""
    def emit(hint: Hint) -> None:
        try:
            out.flush()
        except Exception:  # noqa: BLE001
            pass
        err.write(hint.text())
        try:
            err.flush()
        except Exception:  # noqa: BLE001
            pass
    return emit


def stderr_emitter():
    return text_emitter(sys.stdout, sys.stderr)
