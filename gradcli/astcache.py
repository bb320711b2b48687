"""A cache of parsed scripts, like Python's __pycache__ for gradcli.

Running the same script again (a tutorial, a benchmark, a teacher's grading loop) skips
importing Lark, loading the parser and parsing: the AST is loaded from
`$XDG_CACHE_HOME/gradcli/ast/` (default `~/.cache/gradcli/ast/`). The key covers the
script text, the gradcli version, the Python version and the modification times of the
modules that define the grammar and the AST, so a stale entry is never used. Only scripts
that parsed without error are stored. Set GRADCLI_NO_CACHE=1 to bypass the cache.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys

from gradcli import __version__

_SOURCES = ("syntax.py", "syntax_build.py", "syntax_strings.py", "parser.py")
_GRAMMAR = os.path.join("grammar", "gradcli.lark")
_MAX_SOURCE = 1 << 20  # larger scripts are not worth a cache file
_stamp = None


def _code_stamp() -> str:
    """What the AST format depends on, besides the script text."""
    global _stamp
    if _stamp is None:
        here = os.path.dirname(os.path.abspath(__file__))
        parts = [__version__, sys.version]
        for name in _SOURCES:
            try:
                parts.append(str(os.stat(os.path.join(here, name)).st_mtime_ns))
            except OSError:
                parts.append("-")
        for grammar in (os.path.join(here, "grammar", "gradcli.lark"),
                        os.path.join(os.path.dirname(here), _GRAMMAR)):
            try:
                parts.append(str(os.stat(grammar).st_mtime_ns))
                break
            except OSError:
                continue
        _stamp = "|".join(parts)
    return _stamp


def _path(source: str) -> str | None:
    if os.environ.get("GRADCLI_NO_CACHE") or len(source) > _MAX_SOURCE:
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    digest = hashlib.sha256((_code_stamp() + "\0" + source).encode("utf-8", "surrogatepass"))
    return os.path.join(base, "gradcli", "ast", digest.hexdigest()[:32] + ".pickle")


def load(source: str):
    """The cached AST of `source`, or None."""
    path = _path(source)
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # noqa: BLE001 - a missing or damaged entry is just a miss
        return None


def store(source: str, module) -> None:
    """Remember the AST of a script that parsed; never fails."""
    path = _path(source)
    if path is None:
        return
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            pickle.dump(module, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001 - a read-only or full disk only costs speed
        pass
