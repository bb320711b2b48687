"""``gradcli repl``: an interactive session in the script language.

Expression statements echo their repr (None is not shown), blocks continue on
``...`` lines until an empty line, errors are reported and the session goes on.
History persists in ``$XDG_DATA_HOME/gradcli/history`` (default
``~/.local/share/gradcli/history``) when readline is available.
"""
from __future__ import annotations

import os
import sys

import click

from gradcli import errors
from gradcli.commands.options import hints_option
from gradcli import syntax as ast

ECHO = "_gradcli_echo"
BANNER = ("gradcli {version} interactive session (PyTorch syntax, no PyTorch). "
          "Try: import torch. Ctrl-D to leave.\n")


def add_command(group: click.Group) -> None:
    @group.command("repl", epilog="\b\nExample:\n  $ gradcli repl\n  >>> import torch\n"
                   "  >>> x = torch.tensor(2., requires_grad=True)\n"
                   "  >>> (x ** 3).backward(); x.grad\n  tensor(12.)")
    @hints_option
    def repl_command(hints):
        """Start an interactive session (also: bare `gradcli` on a terminal)."""
        sys.exit(Session(hints=hints).loop())


def history_path() -> str:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"),
                                                           ".local", "share")
    return os.path.join(base, "gradcli", "history")


class Session:
    def __init__(self, stdin=None, stdout=None, stderr=None, hints=True):
        from gradcli.compiler_func import CallState
        from gradcli.runtime import Importer, make_builtins
        self.stdin = stdin or sys.stdin
        self.out = stdout or sys.stdout
        self.err = stderr or sys.stderr
        self.globals = {"__name__": "__main__", ECHO: self._echo}
        self.insight = None
        if hints:   # pitfall hints on stderr (gradcli.insight); their namespace notes lines
            from gradcli.insight.session import ReplInsight
            self.insight = ReplInsight(self.err)
            self.insight.globals.update(self.globals)
            self.globals = self.insight.globals
        self.builtins = make_builtins()
        self.importer = Importer()
        self.state = CallState()
        self.count = 0

    def _echo(self, value) -> None:
        if value is not None:
            self.out.write(repr(value) + "\n")

    # ---------------------------------------------------------------- input
    def _setup_history(self):
        try:
            import readline
        except ImportError:
            return None
        path = history_path()
        try:
            readline.read_history_file(path)
        except OSError:
            pass
        return readline, path

    def _save_history(self, handle) -> None:
        if handle is None:
            return
        readline, path = handle
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            readline.set_history_length(1000)
            readline.write_history_file(path)
        except OSError:
            pass

    def _read(self, prompt: str) -> str:
        if self.stdin is sys.stdin and sys.stdin.isatty():
            return input(prompt)
        self.out.write(prompt)
        self.out.flush()
        line = self.stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip("\n")

    def read_source(self) -> str:
        """One complete input: a line, or a block ended by an empty line."""
        lines = [self._read(">>> ")]
        while True:
            text = "\n".join(lines) + "\n"
            if not text.strip():
                return ""
            if lines[0].rstrip().endswith(":"):     # a block ends with an empty line
                if len(lines) > 1 and lines[-1].strip() == "":
                    return text
            elif not self._incomplete(text):
                return text
            lines.append(self._read("... "))

    @staticmethod
    def _incomplete(text: str) -> bool:
        from gradcli.errors import ScriptError
        try:
            ast.parse(text)
        except ScriptError as exc:
            return "never closed" in exc.message or "unexpected EOF" in exc.message
        return False

    # ------------------------------------------------------------ execution
    def run(self, source: str) -> None:
        """Run one input; errors are reported on stderr."""
        from gradcli.compiler import compile_module
        from gradcli.diagnostics import format_report
        from gradcli.errors import ScriptError, span_of
        from gradcli.runner import is_script_exception
        self.count += 1
        errors.start_run("<stdin>", source)
        lines = errors.WHERE.lines
        saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = self.out, self.err
        if self.insight is not None:
            self.insight.begin_input(source, self.out)
        from gradcli import limits
        try:
            with limits.Armed(limits.CONFIGURED):     # --timeout and friends, per input
                self.state.meter.reset()
                module = ast.parse(source)
                body = [ast.ExprStmt(ast.Call(ast.Name(ECHO, span=s.span), [s.value], [],
                                              span=s.span), span=s.span)
                        if isinstance(s, ast.ExprStmt) else s for s in module.body]
                program = compile_module(ast.Module(body, span=module.span), self.globals,
                                         self.builtins, self.importer, self.state)
                program()
        except ScriptError as exc:
            self.err.write(format_report("<stdin>", lines, exc.type_name, exc.message,
                                         exc.span))
            self._script_error(exc.type_name, exc.message, exc.span)
        except KeyboardInterrupt:
            self.err.write("KeyboardInterrupt\n")
        except limits.LimitExceeded as exc:     # the session survives a limit too
            self.err.write(format_report("<stdin>", lines, "LimitExceeded",
                                         exc.report_message(), span_of(exc)))
        except Exception as exc:  # noqa: BLE001 - the session survives script errors
            if not is_script_exception(exc):
                self.err.write(f"gradcli: internal error: {type(exc).__name__}: {exc}\n")
            else:
                self.err.write(format_report("<stdin>", lines, type(exc).__name__, str(exc),
                                             span_of(exc)))
                self._script_error(type(exc).__name__, str(exc), span_of(exc))
        finally:
            if self.insight is not None:
                self.insight.end_input()
            sys.stdout, sys.stderr = saved
            self.out.flush()

    def _script_error(self, kind, message, span) -> None:
        if self.insight is not None:
            self.insight.script_error(kind, message, span)

    def loop(self) -> int:
        from gradcli import __version__
        self.err.write(BANNER.format(version=__version__))
        history = self._setup_history() if self.stdin is sys.stdin else None
        try:
            while True:
                try:
                    source = self.read_source()
                except KeyboardInterrupt:
                    self.out.write("\nKeyboardInterrupt\n")
                    continue
                except EOFError:
                    self.out.write("\n")
                    return 0
                if source.strip():
                    self.run(source)
        finally:
            self._save_history(history)
