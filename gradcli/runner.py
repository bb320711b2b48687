"""Run one script in-process: parse, compile, execute, report.

:func:`run_source` is what the CLI calls and what tests use to run many
scripts in one process.  It returns the exit code:

* 0  the script ran to the end;
* 1  the script failed to parse or raised (a diagnostic is on stderr);
* 70 gradcli itself failed (one line on stderr, the traceback with ``debug``).

Per-run state is reset first: the warning registry, and whatever the engine
registered with :func:`add_reset_hook` (print options, default dtype, RNG...).
"""

from __future__ import annotations

import os
import sys
import traceback
import warnings
from typing import Callable, TextIO

from gradcli import collector, errors
from gradcli.compiler import compile_module
from gradcli.compiler_func import CallState
from gradcli.diagnostics import format_report
from gradcli.errors import SCRIPT_RAISED_ATTR, LimitExceeded, ScriptError, span_of
from gradcli.limits import Armed, LimitedWriter, Limits


def CONFIGURED() -> Limits:   # noqa: N802 - read at call time (the CLI may configure it)
    from gradcli import limits
    return limits.CONFIGURED
from gradcli.runtime import SCRIPT_EXCEPTIONS, Importer, make_builtins
from gradcli.syntax import parse

EXIT_OK, EXIT_SCRIPT_ERROR, EXIT_INTERNAL = 0, 1, 70
#: Python's own frames per script-level call stay well under this limit.
_RECURSION_LIMIT = 30000

_SPECIFIC = frozenset(SCRIPT_EXCEPTIONS) - {Exception}

_reset_hooks: list[Callable[[], None]] = []

#: Called as ``observer(type_name, message, span)`` when a script fails, before the
#: diagnostic is written (``gradcli run --format jsonl`` turns these into events).
error_observers: list[Callable] = []


def add_reset_hook(hook: Callable[[], None]) -> None:
    """Register ``hook`` to run before every script (engine state resets)."""
    if hook not in _reset_hooks:
        _reset_hooks.append(hook)


def is_script_exception(exc: BaseException) -> bool:
    """True when ``exc`` belongs to the script (exit 1), False for a gradcli bug."""
    if exc.__dict__.get(SCRIPT_RAISED_ATTR):
        return True             # raised by the script's own raise/assert
    kind = type(exc)
    if kind is AssertionError:
        return False            # an assert inside gradcli itself
    if kind is Exception:
        return True
    # builtin families only: a class of the engine's own (or NumPy's) is a bug
    return any(k in _SPECIFIC for k in kind.__mro__) and kind.__module__ == "builtins"


_allocator_tuned = False


def tune_allocator() -> None:
    """Serve NumPy's large temporaries from malloc's heap instead of fresh mmaps.

    glibc maps every block over its mmap threshold (128 KB to start) afresh and unmaps it
    on free, so a training step that makes a few 1 MB temporaries pays page faults and
    kernel zeroing for each of them, every step: 2-3x the arithmetic for a 256x512 tanh.
    Raising the thresholds (mmap 32 MB, trim 64 MB) lets freed blocks be reused. Only on
    glibc; GRADCLI_MALLOC_TUNING=0 leaves the allocator alone (benchmarks compare both).
    """
    global _allocator_tuned
    if _allocator_tuned:
        return
    _allocator_tuned = True
    if os.environ.get("GRADCLI_MALLOC_TUNING") == "0" or not sys.platform.startswith("linux"):
        return
    try:
        import ctypes  # already loaded by NumPy
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl, or no C library symbols: nothing to tune
        return
    m_trim_threshold, m_mmap_threshold = -1, -3
    mallopt(m_mmap_threshold, 32 << 20)
    mallopt(m_trim_threshold, 64 << 20)


def run_source(source: str, filename: str = "<stdin>", stdout: TextIO | None = None,
               stderr: TextIO | None = None, debug: bool = False,
               max_steps: int | None = None, globals_dict: dict | None = None,
               seed: int | None = None, limits: Limits | None = None) -> int:
    """Run ``source`` as a script named ``filename``; return the exit code.

    ``globals_dict``: the script's module namespace (the caller may inspect it while
    the script runs, e.g. to name tensors); ``seed``: seed the default random
    generator after the per-run resets; ``limits``: the resource limits (default:
    :class:`gradcli.limits.Limits()` with ``max_steps`` if given).
    """
    if limits is None:
        limits = CONFIGURED() if max_steps is None else Limits(max_steps=max_steps)
    tune_allocator()
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    source = source.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    engine = sys.modules.get("gradcli.tensor.api")
    if engine is not None:  # a previous script loaded the engine: fresh options per run
        engine.reset_state()
    for hook in _reset_hooks:
        hook()
    if seed is not None:
        from gradcli.tensor.random import default_generator
        default_generator.manual_seed(seed)
    errors.start_run(filename, source)
    saved = sys.stdout, sys.stderr, sys.getrecursionlimit()
    sys.stdout, sys.stderr = out, err
    sys.setrecursionlimit(max(saved[2], _RECURSION_LIMIT))
    # the cyclic garbage collector: off, with growth-triggered full collections
    gc_was_enabled = collector.start()
    script_out = out if limits.max_output is None else LimitedWriter(out, limits.max_output)
    sys.stdout = script_out
    try:
        with warnings.catch_warnings():
            # nan/inf flow through ops silently, as in PyTorch: NumPy's RuntimeWarnings
            # (empty means, invalid values) must not reach the script's stderr.
            warnings.filterwarnings("ignore", module=r"numpy(\.|$)")
            return _run(source, filename, script_out, err, debug, limits,
                        {"__name__": "__main__"} if globals_dict is None else globals_dict)
    finally:
        sys.stdout, sys.stderr = saved[0], saved[1]
        sys.setrecursionlimit(saved[2])
        collector.stop(gc_was_enabled)


def _run(source, filename, out, err, debug, limits, globals_dict) -> int:
    lines = errors.WHERE.lines
    try:
        with Armed(limits):
            module = parse(source)
            globals_dict.setdefault("__name__", "__main__")
            program = compile_module(module, globals_dict, make_builtins(), Importer(),
                                     CallState(limits=limits))
            program()
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except ScriptError as exc:
        _script_error(out, err, filename, lines, exc.type_name, exc.message, exc.span)
        return EXIT_SCRIPT_ERROR
    except LimitExceeded as exc:
        span = span_of(exc)
        if span is None and errors.WHERE.lineno:
            span = errors.Span(errors.WHERE.lineno, 1)
        _script_error(out, err, filename, lines, "LimitExceeded", exc.report_message(), span)
        return EXIT_SCRIPT_ERROR
    except Exception as exc:    # noqa: BLE001 - sorted into script error / internal error
        if isinstance(exc, MemoryError) and not is_script_exception(exc):
            old, exc = exc, MemoryError(f"{exc} (refuse such sizes up front with "
                                        f"--max-elements)")
            if span_of(old) is not None:
                exc.__dict__[errors.SPAN_ATTR] = span_of(old)
        if is_script_exception(exc):
            span = span_of(exc)
            if span is None and errors.WHERE.lineno:
                span = errors.Span(errors.WHERE.lineno, 1)
            _script_error(out, err, filename, lines, type(exc).__name__, str(exc), span)
            return EXIT_SCRIPT_ERROR
        _flush(out)
        if debug:
            traceback.print_exception(exc, file=err)
        kind = type(exc).__name__
        err.write(f"gradcli: internal error: {kind}: {exc} (run with --debug for the traceback)\n")
        return EXIT_INTERNAL
    _flush(out)
    return EXIT_OK


def _flush(out: TextIO) -> None:
    try:
        out.flush()
    except BrokenPipeError:
        raise
    except Exception:  # noqa: BLE001 - a closed stream cannot lose more output
        pass


def _script_error(out, err, filename, lines, kind, message, span) -> None:
    for observer in list(error_observers):
        observer(kind, message, span)
    _report(out, err, format_report(filename, lines, kind, message, span))


def _report(out: TextIO, err: TextIO, text: str) -> None:
    _flush(out)
    err.write(text)
    try:
        err.flush()
    except Exception:  # noqa: BLE001
        pass
