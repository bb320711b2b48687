"""Plain or rich output: rich only when the stream is a terminal (or --color forces it).

Program values (tensor reprs) contain ``[`` and must never be read as rich markup, so
every cell goes through ``rich.text.Text`` — and rich is imported only on this path.
"""
from __future__ import annotations

import os
import sys


def color_enabled(stream, color: bool | None) -> bool:
    """--color / --no-color win; otherwise a terminal without NO_COLOR."""
    if color is not None:
        return color
    return _isatty(stream) and not os.environ.get("NO_COLOR")


def use_rich(stream, color: bool | None) -> bool:
    """Rich rendering: on a terminal, or anywhere when --color asks for it."""
    return color is True or _isatty(stream)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def console(stream=None, color: bool | None = None):
    from rich.console import Console
    stream = sys.stdout if stream is None else stream
    enabled = color_enabled(stream, color)
    return Console(file=stream, force_terminal=True if color else None,
                   no_color=not enabled, highlight=False, soft_wrap=False,
                   color_system="auto" if enabled else None)


def plain_table(headers: list[str], rows: list[list[str]]) -> str:
    """Columns padded to their widest cell (multi-line cells keep their lines)."""
    split_rows = [[str(c).split("\n") for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in split_rows:
        for i, lines in enumerate(row):
            widths[i] = max(widths[i], max(len(x) for x in lines))
    out = []

    def emit(cells):
        height = max(len(c) for c in cells)
        for k in range(height):
            parts = [(c[k] if k < len(c) else "").ljust(widths[i]) for i, c in enumerate(cells)]
            out.append("  ".join(parts).rstrip())
    emit([[h] for h in headers])
    out.append("  ".join("-" * w for w in widths))
    for row in split_rows:
        emit(row)
    return "\n".join(out) + "\n"


def print_table(headers: list[str], rows: list[list[str]], *, title: str | None = None,
                stream=None, color: bool | None = None, styles: dict | None = None) -> None:
    """A table: rich on a terminal, plain aligned text otherwise.

    ``styles`` maps a cell text (e.g. "FAIL") to a rich style name.
    """
    stream = sys.stdout if stream is None else stream
    if not use_rich(stream, color):
        text = plain_table(headers, rows)
        stream.write((title + "\n" if title else "") + text)
        return
    from rich.table import Table
    from rich.text import Text
    table = Table(title=Text(title) if title else None, title_justify="left")
    for h in headers:
        table.add_column(Text(h), overflow="fold")
    styles = styles or {}
    for row in rows:
        table.add_row(*(Text(str(c), style=styles.get(str(c), "")) for c in row))
    console(stream, color).print(table)
