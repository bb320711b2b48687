"""Options shared by several commands (each defined once, reused)."""
from __future__ import annotations

import click

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
