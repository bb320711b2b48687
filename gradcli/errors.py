"""Exception types that carry a source span, the current script location, and warnings.

Spans use 1-based lines and 1-based columns; ``end_column`` is exclusive (one past
the last character), like Lark's token positions.

Script-level exceptions (``RuntimeError`` from the engine, ``ZeroDivisionError`` from
``1/0`` ...) are plain Python exceptions; the interpreter attaches the span of the
expression that raised them with :func:`annotate` (once, innermost first).
"""

from __future__ import annotations

import os
import sys

SPAN_ATTR = "_gradcli_span"
SCRIPT_RAISED_ATTR = "_gradcli_script_raised"


class Span:
    """A region of the script: (line, column) up to (end_line, end_column)."""

    __slots__ = ("line", "column", "end_line", "end_column")

    def __init__(self, line: int, column: int, end_line: int | None = None,
                 end_column: int | None = None):
        self.line = line
        self.column = column
        self.end_line = line if end_line is None else end_line
        self.end_column = column + 1 if end_column is None else end_column

    def __repr__(self) -> str:
        return f"Span({self.line}:{self.column}-{self.end_line}:{self.end_column})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and (
            (self.line, self.column, self.end_line, self.end_column)
            == (other.line, other.column, other.end_line, other.end_column))

    __hash__ = None  # type: ignore[assignment]


class ScriptError(Exception):
    """An error found by gradcli itself (not raised by the running script)."""

    type_name = "Error"

    def __init__(self, message: str, span: Span | None = None):
        super().__init__(message)
        self.message = message
        self.span = span


class ScriptSyntaxError(ScriptError):
    """The script does not parse, or uses a construct gradcli does not support."""

    type_name = "SyntaxError"


class ScriptIndentationError(ScriptSyntaxError):
    """Python's IndentationError (unexpected indent, missing indented block, bad dedent)."""

    type_name = "IndentationError"


class ScriptTabError(ScriptIndentationError):
    """Indentation whose meaning depends on the tab size (Python's TabError)."""

    type_name = "TabError"


class ScriptRecursionError(ScriptError):
    """An expression nested too deeply to compile (Python's RecursionError text)."""

    type_name = "RecursionError"


class ScriptImportError(ScriptSyntaxError):
    """``import`` of a module that scripts may not use (checked before running)."""

    type_name = "ImportError"


class LimitExceeded(BaseException):
    """A resource limit was hit (steps, time, elements, output...); scripts cannot catch it.

    ``limit`` names the limit, ``flag`` is the command-line option that raises it (None
    for a fixed limit).
    """

    type_name = "LimitExceeded"

    def __init__(self, limit: str, message: str, flag: str | None = None):
        super().__init__(message)
        self.limit = limit
        self.message = message
        self.flag = flag

    def report_message(self) -> str:
        if self.flag is None:
            return f"{self.limit} limit: {self.message}"
        return (f"{self.limit} limit: {self.message} (raise it with {self.flag} N; "
                f"0 means no limit)")


class StepLimitExceeded(LimitExceeded):
    """Raised when a run exceeds its step budget; scripts cannot catch it."""

    def __init__(self, message: str = "the script exceeded its step limit"):
        super().__init__("max-steps", message, "--max-steps")


def annotate(exc: BaseException, span: Span) -> None:
    """Attach ``span`` to ``exc`` unless an inner expression already did."""
    try:
        if SPAN_ATTR not in exc.__dict__:
            exc.__dict__[SPAN_ATTR] = span
    except (AttributeError, TypeError):  # exotic exception without a __dict__
        pass


def span_of(exc: BaseException) -> Span | None:
    return getattr(exc, "__dict__", {}).get(SPAN_ATTR)


# --------------------------------------------------------------- current location

class Location:
    """Where the running script is: file name as given, its lines, current line."""

    __slots__ = ("filename", "lines", "lineno", "warn_name")

    def __init__(self) -> None:
        self.filename = "<script>"
        self.warn_name = "<script>"   # the file name warnings print (absolute for files)
        self.lines: list[str] = []
        self.lineno = 0

    def source_line(self, lineno: int) -> str:
        if 1 <= lineno <= len(self.lines):
            return self.lines[lineno - 1]
        return ""


#: The one location object; statements update ``WHERE.lineno`` as they run.
WHERE = Location()

_warned: set[tuple[str, str, str, int]] = set()


def start_run(filename: str, source: str) -> None:
    """Reset per-run state: the location and the warning registry."""
    WHERE.filename = filename
    # Python 3.9+ reports warnings in a script run as `python s.py` with its absolute path
    WHERE.warn_name = os.path.abspath(filename) if os.path.isfile(filename) else filename
    WHERE.lines = source.splitlines()
    WHERE.lineno = 0
    _warned.clear()


def warn(message: str, category: str = "UserWarning") -> None:
    """Print a warning the way Python's default filter does (once per location).

    Format: ``FILE:LINE: Category: message`` then the stripped source line
    indented by two spaces, on the current ``sys.stderr``.
    """
    key = (category, message, WHERE.filename, WHERE.lineno)
    if key in _warned:
        return
    _warned.add(key)
    text = f"{WHERE.warn_name}:{WHERE.lineno}: {category}: {message}\n"
    line = WHERE.source_line(WHERE.lineno).strip()
    if line:
        text += f"  {line}\n"
    stream = sys.stderr
    if stream is not None:
        stream.write(text)
