"""Options shared by several commands (each defined once, reused)."""
from __future__ import annotations

import click

EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 2, 70, 130

debug_option = click.option(
    "--debug", is_flag=True,
    help="On an internal error, print the Python traceback as well.")
files_argument = click.argument(
    "files", nargs=-1, required=True, metavar="FILE...",
    type=click.Path(exists=True, dir_okay=False, allow_dash=True))

color_option = click.option(
    "--color/--no-color", "color", default=None,
    help="Force or forbid colour and rich tables (default: only on a terminal, "
         "and never when NO_COLOR is set).")
at_option = click.option(
    "--at", "at", multiple=True, metavar="NAME=VALUE",
    help="Bind a variable; VALUE is an expression (x=1.5, x=[1,2,3], W=randn(3,3)). "
         "Repeatable.")
dtype_option = click.option(
    "--dtype", type=click.Choice(["float32", "float64"]), default="float32",
    show_default=True,
    help="dtype of the variables (float32 is what torch.tensor makes).")
seed_option = click.option(
    "--seed", type=int, default=None, metavar="N",
    help="Seed the random generator (torch.manual_seed(N)) before evaluating/running.")


def parse_bindings(at: tuple[str, ...]) -> list[tuple[str, str]]:
    """``("x=1.5", ...)`` -> ``[("x", "1.5"), ...]``; a usage error when malformed."""
    out = []
    for item in at:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name.isidentifier() or not value.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--at")
        if any(n == name for n, _ in out):
            raise click.BadParameter(f"{name} is given twice", param_hint="--at")
        out.append((name, value.strip()))
    return out


def split_names(text: str | None) -> list[str]:
    if not text:
        return []
    names = [n for n in text.replace(",", " ").split() if n]
    for n in names:
        if not n.isidentifier():
            raise click.BadParameter(f"{n!r} is not a variable name", param_hint="--vars")
    return names


# --summary takes an optional value (`--summary`, `--summary=each`); Click cannot tell
# `--summary FILE` from `--summary VALUE`, so the value only goes after `=` and
# SummaryCommand rewrites `--summary=each` to the hidden `--summary-each` flag.
SUMMARY_VALUES = ("end", "each")
summary_option = click.option(
    "--summary", "summary", flag_value="end", default=None,
    help="After the script, a table of its tensor variables (value, grad_fn, .grad, "
         "backward passes summed, line) after a blank line on stdout; --summary=each: "
         "after every backward pass instead, on stderr.")
summary_each_option = click.option("--summary-each", "summary", flag_value="each",
                                   hidden=True)
def _hints_default(ctx, param, value):
    """Unset: hints when stderr is a terminal (people), none when it is piped or a file, so
    that a script's stderr stays exactly PyTorch's."""
    if value is None:
        import sys
        stream = sys.stderr
        return bool(getattr(stream, "isatty", None) and stream.isatty())
    return value


hints_option = click.option(
    "--hints/--no-hints", "hints", default=None, envvar="GRADCLI_HINTS", show_envvar=True,
    callback=_hints_default,
    help="Pitfall hints on stderr (accumulated .grad, .grad of a non-leaf, writes through "
         ".data, ...), each with file, line and a fix.  [default: on when stderr is a "
         "terminal]")


class SummaryCommand(click.Command):
    """A command accepting ``--summary=VALUE`` as well as a bare ``--summary``."""

    def parse_args(self, ctx, args):
        out = []
        for i, arg in enumerate(args):
            if arg == "--":
                out.extend(args[i:])
                break
            if arg.startswith("--summary="):
                value = arg.partition("=")[2]
                if value not in SUMMARY_VALUES:
                    raise click.UsageError(
                        f"Invalid value for '--summary': {value!r} (use --summary or "
                        f"--summary=each).", ctx=ctx)
                arg = "--summary" if value == "end" else "--summary-each"
            out.append(arg)
        return super().parse_args(ctx, out)
