"""Reading a script file (or standard input) as text, with a positioned error for bad bytes."""
from __future__ import annotations

import sys


def read_script(path: str) -> tuple[str, str, str | None]:
    """(text, display name, error text or None) for a path or ``-``."""
    if path == "-":
        data, name = sys.stdin.buffer.read(), "<stdin>"
    else:
        name = path
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            return "", name, f"gradcli: cannot read {path}: {exc.strerror}\n"
    try:
        return data.decode("utf-8-sig"), name, None
    except UnicodeDecodeError as exc:
        start = exc.start
        line = data.count(b"\n", 0, start) + 1
        col = start - (data.rfind(b"\n", 0, start) + 1) + 1
        return "", name, (f"{name}:{line}:{col}: SyntaxError: (unicode error) 'utf-8' codec "
                          f"can't decode byte 0x{data[start]:02x} in position {start}: "
                          f"{exc.reason}\n")
