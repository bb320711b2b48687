"""The resource-limit options (``--max-steps``, ``--timeout``, ``--max-elements``,
``--max-output``), defined once and added to ``run``, ``grad``, ``check``, ``graph`` and
``repl`` by :func:`install`.  See docs/language.md, "Limits and the sandbox".
"""
from __future__ import annotations

import functools

import click

#: Per-command defaults: (max_steps, timeout seconds, max_elements, max_output bytes);
#: 0 means no limit.  `run` and `repl` have no wall-clock limit (long training loops are
#: legitimate); the one-shot analysis commands stop after 60 s.
DEFAULTS = {
    "run": (10 ** 8, 0, 10 ** 8, 10 ** 8),
    "repl": (10 ** 8, 0, 10 ** 8, 10 ** 8),
    "grad": (10 ** 8, 60, 10 ** 8, 10 ** 8),
    "check": (10 ** 8, 60, 10 ** 8, 10 ** 8),
    "graph": (10 ** 8, 60, 10 ** 8, 10 ** 8),
}

_NAMES = ("max_steps", "timeout", "max_elements", "max_output")


def limit_options(defaults) -> list[click.Option]:
    steps, timeout, elements, output = defaults
    return [
        click.Option(["--max-steps"], type=click.IntRange(min=0), default=steps,
                     show_default=True, metavar="N",
                     help="Stop after N statements (loop iterations and comprehension "
                          "items included); 0: no limit."),
        click.Option(["--timeout"], type=click.FloatRange(min=0), default=timeout,
                     show_default=True, metavar="SECONDS",
                     help="Stop after this much wall-clock time; 0: no limit."),
        click.Option(["--max-elements"], type=click.IntRange(min=0), default=elements,
                     show_default=True, metavar="N",
                     help="Refuse to build a tensor (or a Python str/list/range) with more "
                          "than N elements; 0: no limit."),
        click.Option(["--max-output"], type=click.IntRange(min=0), default=output,
                     show_default=True, metavar="BYTES",
                     help="Stop once the script printed more than BYTES bytes; 0: no "
                          "limit."),
    ]


def install(group: click.Group) -> None:
    """Add the limit options to each command in DEFAULTS and apply them before it runs."""
    for name, defaults in DEFAULTS.items():
        command = group.commands.get(name)
        if command is None or any(p.name == "max_steps" for p in command.params):
            continue
        command.params.extend(limit_options(defaults))
        command.callback = _wrap(command.callback, name)


def _wrap(callback, name):
    @functools.wraps(callback)
    def with_limits(*args, **kwargs):
        from gradcli import limits
        values = [kwargs.pop(n) for n in _NAMES]
        chosen = limits.Limits(*values)
        limits.configure(chosen)
        if name in ("run", "repl"):     # run_source / the REPL arm each script themselves
            return callback(*args, **kwargs)
        try:
            with limits.Armed(chosen):      # one clock for the whole command
                return callback(*args, **kwargs)
        except limits.LimitExceeded as exc:
            _report(exc)
            raise click.exceptions.Exit(1) from None
    return with_limits


def _report(exc) -> None:
    """A limit hit outside a script run (an expression of grad/check/graph)."""
    import sys

    from gradcli import errors
    from gradcli.diagnostics import format_report
    span = errors.span_of(exc)
    sys.stdout.flush()
    sys.stderr.write(format_report(errors.WHERE.filename, errors.WHERE.lines,
                                   "LimitExceeded", exc.report_message(), span))
