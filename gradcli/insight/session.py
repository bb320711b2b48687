"""Wire the recorder, the hints and the summary around one run of a script.

``--summary`` (``end``): after the script, a blank line and the table on stdout (rich on
a terminal).  ``--summary=each``: the table after every backward pass, on stderr, so
stdout stays exactly the script's output.  With ``--format jsonl`` both are ``summary``
events and hints are ``hint`` events.
"""
from __future__ import annotations

from . import summary as summary_mod
from .hints import Hints, text_emitter
from .recorder import Globals, Recorder


def _lines(source: str) -> list[str]:
    return source.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").splitlines()


class _EachText:
    """Listener: the table on ``err`` after every backward pass."""

    def __init__(self, globals_dict, out, err, color):
        self.globals, self.out, self.err, self.color = globals_dict, out, err, color

    def pass_begins(self, recorder, info):
        pass

    def pass_ended(self, recorder, info):
        try:
            self.out.flush()
        except Exception:  # noqa: BLE001
            pass
        at = f" (line {info.line})" if info.line else ""
        summary_mod.render(self.globals, recorder, self.err, color=self.color,
                           title=f"after backward pass {info.index}{at}")


class _EachEvents:
    def __init__(self, globals_dict, writer):
        self.globals, self.writer = globals_dict, writer

    def pass_begins(self, recorder, info):
        pass

    def pass_ended(self, recorder, info):
        self.writer.emit("summary", when="backward", index=info.index, line=info.line,
                         **summary_mod.summary_event_fields(self.globals, recorder))


class Insight:
    """The per-run state: namespace, recorder, hints; ``attach`` / ``detach`` the hooks."""

    def __init__(self, source: str, name: str, summary: str | None, hints: bool):
        self.globals = Globals()
        self.recorder = Recorder()
        self.summary = summary
        self.want_hints = hints
        self.name = name
        self.lines = _lines(source)
        self.hints: Hints | None = None

    def attach(self, emit_hint, each_listener=None) -> None:
        from gradcli.tensor import autograd
        autograd.observers.append(self.recorder)
        if self.want_hints:
            if self.hints is None:
                self.hints = Hints(emit_hint, self.globals, self.recorder, self.name,
                                   self.lines)
            self.hints.emit_hint = emit_hint
            self.hints.install()
        if each_listener is not None:
            self.recorder.listeners.append(each_listener)

    def detach(self) -> None:
        from gradcli.tensor import autograd
        if self.recorder in autograd.observers:
            autograd.observers.remove(self.recorder)
        if self.hints is not None:
            self.hints.uninstall()
        self.recorder.listeners.clear()

    def fired(self) -> list[str]:
        return list(self.hints.fired_kinds) if self.hints is not None else []


def run_insight(ins: Insight, source, name, out, err, debug=False, seed=None, fmt="text",
                globals_dict=None, color=None) -> int:
    """Run a script with the recorder, hints and summary of ``ins``; the exit code.

    ``globals_dict`` must be ``ins.globals`` (other observers may have been given it).
    """
    from gradcli import runner
    summary = ins.summary
    if fmt == "jsonl":
        from gradcli.commands.events import run_jsonl

        def setup(writer):
            def emit(hint):
                writer.emit("hint", **hint.fields())
            ins.attach(emit, _EachEvents(ins.globals, writer) if summary == "each" else None)

            def finish(code):
                ins.detach()
                if ins.hints is not None:
                    ins.hints.finish()
                if summary == "end":
                    writer.emit("summary", when="end", index=None, line=None,
                                **summary_mod.summary_event_fields(ins.globals, ins.recorder))
            return finish
        return run_jsonl(source, name, out, debug, seed, ins.globals, insight=setup)
    each = _EachText(ins.globals, out, err, color) if summary == "each" else None
    ins.attach(text_emitter(out, err), each)
    try:
        code = runner.run_source(source, name, out, err, debug=debug,
                                 globals_dict=ins.globals, seed=seed)
    finally:
        ins.detach()
    if ins.hints is not None:
        ins.hints.finish()
    if summary == "end" and code in (0, 1):
        out.write("\n")
        summary_mod.render(ins.globals, ins.recorder, out, color=color)
        out.flush()
    return code


def run_text(source, name, out, err, *, debug=False, seed=None, summary=None, hints=True,
             color=None) -> tuple[int, Insight]:
    """Run a script (plain text output) with insight; (exit code, the Insight)."""
    ins = Insight(source, name, summary, hints)
    return run_insight(ins, source, name, out, err, debug, seed, "text", color=color), ins


class ReplInsight:
    """Hints for an interactive session: one namespace and recorder, many inputs."""

    def __init__(self, err):
        self.ins = Insight("", "<stdin>", None, True)
        self.err = err
        self.globals = self.ins.globals

    def begin_input(self, source: str, out) -> None:
        self.ins.lines[:] = _lines(source)
        self.ins.attach(text_emitter(out, self.err))

    def script_error(self, kind, message, span) -> None:
        if self.ins.hints is not None:
            self.ins.hints.on_error(kind, message, span)

    def end_input(self) -> None:
        self.ins.detach()
        if self.ins.hints is not None:
            self.ins.hints.finish()
