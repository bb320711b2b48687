"""``gradcli run --format jsonl``: the run as a stream of JSON events on stdout.

Schema version 1 (docs/cli.md, docs/events.schema.json).  Every event is one JSON
object on one line with ``"v": 1`` and ``"event"`` one of: ``start``, ``print`` (one
per printed line), ``backward`` (the leaf gradients after each backward pass),
``warning``, ``error``, ``stderr`` (other diagnostics), ``exit``; with ``--summary``
and hints also ``summary`` and ``hint`` (gradcli.insight).
"""
from __future__ import annotations

import json
import re

import numpy as np

from gradcli import errors

VERSION = 1
_WARNING = re.compile(r"^(?P<file>.*?):(?P<line>\d+): (?P<category>\w+): (?P<message>.*)$")


def _values(arr):
    arr = np.asarray(arr)
    if arr.dtype.kind == "f":
        out = arr.astype(np.float64).tolist()
        return _finite(out)
    return arr.tolist()


def _finite(v):
    if isinstance(v, list):
        return [_finite(x) for x in v]
    if v != v or v in (float("inf"), float("-inf")):
        return str(v)          # JSON has no NaN/inf: "nan", "inf", "-inf"
    return v


class EventWriter:
    """Writes events to ``out`` (the real stdout), one flushed line each."""

    def __init__(self, out, filename: str):
        self.out = out
        self.filename = filename

    def emit(self, event: str, **fields) -> None:
        record = {"v": VERSION, "event": event}
        record.update(fields)
        self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.out.flush()


class LineStream:
    """A text stream turning whole lines into events (``kind(text)`` per line)."""

    def __init__(self, on_line):
        self.on_line = on_line
        self.pending = ""

    def write(self, text: str) -> int:
        self.pending += text
        while "\n" in self.pending:
            line, self.pending = self.pending.split("\n", 1)
            self.on_line(line)
        return len(text)

    def flush(self) -> None:
        pass

    def close_pending(self) -> None:
        if self.pending:
            line, self.pending = self.pending, ""
            self.on_line(line)

    def isatty(self) -> bool:
        return False


class StderrEvents:
    """sys.stderr during the run: warnings become events; script error reports are
    dropped (the error observer already sent them); anything else is ``stderr``."""

    def __init__(self, writer: EventWriter):
        self.writer = writer
        self.in_error = False

    def write(self, text: str) -> int:
        first = text.split("\n", 1)[0]
        m = _WARNING.match(first)
        if m and not self.in_error:
            from gradcli.errors import WHERE
            name = m["file"]
            if name == WHERE.warn_name:      # the events name the script as it was given
                name = WHERE.filename
            self.writer.emit("warning", category=m["category"], message=m["message"],
                             file=name, line=int(m["line"]))
        elif not self.in_error and text.strip():
            self.writer.emit("stderr", text=text.rstrip("\n"))
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


class BackwardEvents:
    """Autograd observer: after each backward pass, the gradients of the leaves it
    reached (by module-level name when there is one)."""

    def __init__(self, writer: EventWriter, globals_dict: dict):
        from .naming import Namer
        self.writer = writer
        self.namer = Namer(globals_dict, None)
        self.count = 0

    def begin(self, roots, capture):
        self.capture = capture
        self.leaves = {}
        self.line = errors.WHERE.lineno

    def node(self, *args):
        pass

    def accumulate(self, leaf, before, after):
        self.leaves[id(leaf)] = (leaf, after)

    def end(self):
        if self.capture is not None:
            return              # autograd.grad: nothing accumulates
        self.count += 1
        self.namer.refresh()
        grads = []
        for k, (leaf, after) in enumerate(self.leaves.values()):
            grads.append({"name": self.namer.leaf_name(leaf),
                          "shape": list(after._data.shape), "dtype": str(after.dtype),
                          "grad": _values(after._data)})
        self.writer.emit("backward", index=self.count, line=self.line or None, leaves=grads)


def run_jsonl(source: str, name: str, out, debug: bool, seed,
              globals_dict: dict | None = None, insight=None) -> int:
    """Run one script with its output as events on ``out``; the exit code.

    ``insight(writer)``: called before the run (``--summary`` / hints); it returns
    ``finish(code)``, called after the run and before the ``exit`` event.
    """
    from gradcli import runner
    from gradcli.tensor import autograd
    writer = EventWriter(out, name)
    writer.emit("start", file=name, schema="gradcli.events", schema_version=VERSION)
    globals_dict = {} if globals_dict is None else globals_dict
    stdout = LineStream(lambda line: writer.emit("print", text=line))
    stderr = StderrEvents(writer)

    def on_error(kind, message, span):
        writer.emit("error", type=kind, message=message, file=name,
                    line=span.line if span else None, column=span.column if span else None)
        stderr.in_error = True
    observer = BackwardEvents(writer, globals_dict)
    autograd.observers.append(observer)
    finish = insight(writer) if insight is not None else None
    runner.error_observers.append(on_error)
    try:
        code = runner.run_source(source, name, stdout, stderr, debug=debug,
                                 globals_dict=globals_dict, seed=seed)
    finally:
        autograd.observers.remove(observer)
        runner.error_observers.remove(on_error)
        stdout.close_pending()
    if finish is not None:
        finish(code)
    writer.emit("exit", code=code)
    return code
