"""Error reports for humans: ``FILE:LINE:COL: Type: message``, source line, caret.

Example::

    script.py:3:1: RuntimeError: element 0 of tensors does not require grad ...
        y.backward()
        ^~~~~~~~~~~~

The report is plain text and never longer than a few lines: long source lines
are cut to a window around the column.
"""

from __future__ import annotations

from gradcli.errors import Span

#: Source lines wider than this are shown as a window around the error column.
MAX_WIDTH = 100
#: Messages longer than this are cut (torch messages are one line anyway).
MAX_MESSAGE = 2000
MAX_MESSAGE_LINES = 20
INDENT = "    "


def format_report(filename: str, lines: list[str], type_name: str, message: str,
                  span: Span | None) -> str:
    """The full diagnostic text (ending in a newline)."""
    if message.count("\n") >= MAX_MESSAGE_LINES:
        message = "\n".join(message.splitlines()[:MAX_MESSAGE_LINES]) + "\n..."
    if len(message) > MAX_MESSAGE:
        message = message[:MAX_MESSAGE] + "..."
    head = f"{type_name}: {message}" if message else type_name
    if span is None:
        return f"{filename}: {head}\n"
    out = [f"{filename}:{span.line}:{span.column}: {head}\n"]
    if 1 <= span.line <= len(lines):
        shown, caret = source_excerpt(lines[span.line - 1], span)
        if shown.strip():
            out.append(f"{INDENT}{shown}\n{INDENT}{caret}\n")
    return "".join(out)


def source_excerpt(line: str, span: Span) -> tuple[str, str]:
    """The (possibly cut) source line and the caret line under the span."""
    text = line.replace("\t", " ").rstrip("\r\n")
    start = max(span.column - 1, 0)
    if span.end_line == span.line:
        end = max(span.end_column - 1, start + 1)
    else:
        end = max(len(text.rstrip()), start + 1)
    offset = 0
    prefix = suffix = ""
    if len(text) > MAX_WIDTH:
        offset = max(0, min(start - MAX_WIDTH // 3, len(text) - MAX_WIDTH))
        if offset:
            prefix = "..."
        if offset + MAX_WIDTH < len(text):
            suffix = "..."
        text = text[offset:offset + MAX_WIDTH]
    start -= offset
    end = min(end - offset, len(text) + 1)
    width = max(end - start, 1)
    caret = " " * (len(prefix) + max(start, 0)) + "^" + "~" * (width - 1)
    return prefix + text + suffix, caret
