"""``gradcli grad EXPR``: evaluate an expression and differentiate it.

One evaluation (every variable has an ``--at`` value) prints a table.  When some
variable has no value and stdin is not a terminal, each stdin row supplies the
missing values and one result row is written (and flushed) per input row.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys

import click
import numpy as np

from gradcli.commands.options import EXIT_USAGE, debug_option

from .derivatives import (Problem, dtype_named, gradients, hessian, jacobian, make_variable,
                          tensor_text)
from .exprs import ExprError, evaluate, free_names
from .options import (at_option, color_option, dtype_option, parse_bindings, seed_option,
                      split_names)
from .tables import print_table

EXAMPLE = """\b
Examples:
  $ gradcli grad 'sin(x)*exp(y)' --at x=1.5 --at y=0.5
  quantity  value
  --------  --------------
  f         tensor(1.6446)
  df/dx     tensor(0.1166)
  df/dy     tensor(1.6446)
  $ seq 0 0.5 1 | gradcli grad 'sin(x)*x' --vars x --format csv
  x,f,df/dx
  0,0,0
  0.5,0.23971277,0.9182168
  1,0.84147096,1.3817732
"""

HELP = """Evaluate EXPR and print its gradient with respect to each variable.

Torch functions work bare (sin, exp, relu, randn) as well as via torch. and F.
Variables are float32 leaves (as torch.tensor makes them; --dtype float64 to change).
A non-scalar result has no plain gradient: --sum differentiates its sum (the
default, said on stderr), --jacobian prints the full Jacobian.  --hessian prints
second derivatives.

Pipelines: a variable named in --vars (or in EXPR) without an --at value is read
from stdin, one row per line: numbers separated by spaces or commas in --vars
order, or CSV whose header names the variables.  A bad row stops the run with
exit status 1 and names its line.
"""


def add_command(group: click.Group) -> None:
    @group.command("grad", help=HELP, epilog=EXAMPLE)
    @click.argument("expr")
    @at_option
    @click.option("--vars", "vars_", metavar="NAMES",
                  help="Variable order for stdin rows, e.g. 'x,y' (default: order of "
                       "first use in EXPR).")
    @click.option("--wrt", multiple=True, metavar="NAME",
                  help="Only differentiate with respect to NAME (repeatable).")
    @click.option("--jacobian", is_flag=True, help="Print the full Jacobian of a "
                  "non-scalar result.")
    @click.option("--sum", "sum_", is_flag=True, help="Differentiate the sum of a "
                  "non-scalar result.")
    @click.option("--hessian", is_flag=True, help="Print second derivatives too.")
    @click.option("--format", "fmt", type=click.Choice(["text", "csv", "jsonl"]),
                  default="text", show_default=True,
                  help="Output of stdin pipelines (and of a single evaluation).")
    @dtype_option
    @seed_option
    @color_option
    @debug_option
    @click.pass_context
    def grad_command(ctx, expr, at, vars_, wrt, jacobian, sum_, hessian, fmt, dtype, seed,
                     color, debug):
        ctx.exit(main(expr, at, vars_, wrt, jacobian, sum_, hessian, fmt, dtype, seed, color))


def _fail(message: str) -> int:
    sys.stdout.flush()
    sys.stderr.write(message.rstrip("\n") + "\n")
    return 1


def main(expr, at, vars_, wrt, want_jacobian, want_sum, want_hessian, fmt, dtype_name,
         seed, color) -> int:
    if want_jacobian and want_sum:
        raise click.UsageError("--jacobian and --sum exclude each other")
    bindings = parse_bindings(at)
    order = split_names(vars_)
    dtype = dtype_named(dtype_name)
    try:
        if seed is not None:
            from gradcli.tensor.random import default_generator
            default_generator.manual_seed(seed)
        problem = Problem(expr, dtype)
        _noted.clear()
        bound = dict(bindings)
        used = free_names(expr, {k: v for k, v in problem.namespace.items()
                                 if k not in bound and k not in order})
        names = list(order)
        for n in used + list(bound):
            if n not in names:
                names.append(n)
        for n in wrt:
            if n not in names:
                raise click.BadParameter(f"{n} is not a variable of the expression",
                                         param_hint="--wrt")
        fixed = {}
        for n, text in bindings:
            fixed[n] = make_variable(evaluate(text, problem.namespace), dtype)
        streamed = [n for n in names if n not in fixed]
        if streamed:
            if sys.stdin is None or sys.stdin.isatty():
                raise click.UsageError(
                    f"no value for {', '.join(streamed)}: give --at NAME=VALUE, or pipe "
                    f"rows into stdin")
            if want_jacobian or want_hessian:
                raise click.UsageError("--jacobian and --hessian need every variable "
                                       "given with --at (no stdin rows)")
            return _pipeline(problem, names, streamed, fixed, list(wrt) or names, fmt,
                             want_sum)
        return _single(problem, expr, names, fixed, list(wrt) or names, want_jacobian,
                       want_hessian, fmt, color)
    except ExprError as exc:
        return _fail(str(exc))


# ------------------------------------------------------------------ one evaluation

def _single(problem, expr, names, fixed, wrt, want_jacobian, want_hessian, fmt, color):
    y = problem.evaluate(fixed)
    leaves = [fixed[n] for n in wrt]
    rows = [["f", tensor_text(y)]]
    record = {"expr": expr, "value": _jsonable(y._data)}
    if y.numel() == 1 and not want_jacobian:
        for n, g in zip(wrt, gradients(y, leaves)):
            rows.append([f"df/d{n}", tensor_text(g)])
            record.setdefault("grad", {})[n] = _jsonable(g._data)
        scalar = y
    elif want_jacobian:
        for n, j, v in zip(wrt, jacobian(y, leaves), leaves):
            rows.append([f"df/d{n} (Jacobian {list(j.shape)})", tensor_text(j, v.dtype)])
            record.setdefault("jacobian", {})[n] = _jsonable(j)
        scalar = y.sum() if want_hessian else None
    else:
        _note_sum(y)
        scalar = y.sum()
        rows[0] = ["f", tensor_text(y)]
        rows.append(["sum(f)", tensor_text(scalar)])
        for n, g in zip(wrt, gradients(scalar, leaves)):
            rows.append([f"d sum(f)/d{n}", tensor_text(g)])
            record.setdefault("grad", {})[n] = _jsonable(g._data)
    if want_hessian:
        if y.numel() != 1 and want_jacobian:
            sys.stderr.write("note: --hessian of a non-scalar result is the Hessian of its "
                             "sum\n")
        for (i, j), h in hessian(scalar, leaves).items():
            a, b = wrt[i], wrt[j]
            label = f"d2f/d{a}2" if i == j else f"d2f/d{a}d{b}"
            rows.append([label, tensor_text(h, leaves[i].dtype)])
            record.setdefault("hessian", {})[f"{a},{b}"] = _jsonable(h)
    if fmt == "jsonl":
        sys.stdout.write(json.dumps(record) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["quantity", "value"])
        w.writerows([[q, " ".join(v.split())] for q, v in rows])
        sys.stdout.write(buf.getvalue())
    else:
        print_table(["quantity", "value"], rows, color=color)
    return 0


_noted = set()


def _note_sum(y):
    shape = list(y.shape)
    if tuple(shape) not in _noted:
        _noted.add(tuple(shape))
        sys.stderr.write(f"note: the result has shape {shape}; differentiating its sum "
                         f"(--sum); use --jacobian for the full Jacobian\n")


# ------------------------------------------------------------------ pipelines

_SPLIT = re.compile(r"[,\s]+")


def _pipeline(problem, names, streamed, fixed, wrt, fmt, want_sum) -> int:
    out, err = sys.stdout, sys.stderr
    progress = _Progress(err) if _isatty(err) else None
    columns = None          # index of each streamed variable in a row
    header_written = False
    count = 0
    writer = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
    lineno = 0
    while True:
        line = sys.stdin.readline()
        if not line:
            break
        lineno += 1
        tokens = [t for t in _SPLIT.split(line.strip()) if t]
        if not tokens:
            continue
        if columns is None and all(t.isidentifier() and t.lower() not in ("nan", "inf")
                                   for t in tokens):
            missing = [n for n in streamed if n not in tokens]
            if missing:
                return _fail(f"gradcli grad: line {lineno}: the header names no column "
                             f"for {', '.join(missing)}")
            columns = [tokens.index(n) for n in streamed]
            continue
        if columns is None:
            columns = list(range(len(streamed)))
        width = max(columns) + 1
        try:
            if len(tokens) < width or (len(tokens) != width and columns == list(range(width))
                                       and len(tokens) != len(streamed)):
                raise ValueError
            numbers = [float(tokens[c]) for c in columns]
        except ValueError:
            return _fail(f"gradcli grad: line {lineno}: expected {len(streamed)} "
                         f"number{'s' if len(streamed) != 1 else ''} "
                         f"({', '.join(streamed)}), got {line.strip()!r}")
        values = dict(fixed)
        for n, v in zip(streamed, numbers):
            values[n] = make_variable(v, problem.dtype)
        y = problem.evaluate(values)
        leaves = [values[n] for n in wrt]
        if y.numel() != 1:
            if not want_sum:
                _note_sum(y)
            y = y.sum()
        grads = gradients(y, leaves)
        inputs = {n: _num(values[n]._data) for n in streamed}
        value = _num(y._data)
        gvals = {n: _num(g._data) for n, g in zip(wrt, grads)}
        if fmt == "csv":
            if not header_written:
                writer.writerow(streamed + ["f"] + [f"df/d{n}" for n in wrt])
                header_written = True
            writer.writerow([_csv_cell(inputs[n]) for n in streamed] + [_csv_cell(value)]
                            + [_csv_cell(gvals[n]) for n in wrt])
        elif fmt == "jsonl":
            out.write(json.dumps({"line": lineno, "inputs": _json_obj(inputs),
                                  "value": _json_num(value),
                                  "grad": _json_obj(gvals)}) + "\n")
        else:
            parts = [f"{n}={_csv_cell(inputs[n])}" for n in streamed]
            parts.append(f"f={_csv_cell(value)}")
            parts += [f"df/d{n}={_csv_cell(gvals[n])}" for n in wrt]
            out.write("  ".join(parts) + "\n")
        out.flush()
        count += 1
        if progress is not None:
            progress.advance(count)
    if progress is not None:
        progress.stop(count)
    if not count:
        err.write(f"gradcli grad: no input rows on stdin for {', '.join(streamed)}\n")
    return 0


class _Progress:
    """A rich progress display on a terminal's stderr: rows done, rate and elapsed time
    (stdin has no known length, so a spinner rather than a filling bar)."""

    def __init__(self, stream):
        from rich.console import Console
        from rich.progress import (Progress, SpinnerColumn, TextColumn, TimeElapsedColumn)
        self._bar = Progress(SpinnerColumn(), TextColumn("gradcli grad: {task.completed} rows"),
                             TimeElapsedColumn(),
                             console=Console(file=stream, highlight=False), transient=False)
        self._task = self._bar.add_task("rows", total=None)
        self._bar.start()

    def advance(self, count):
        self._bar.update(self._task, completed=count)

    def stop(self, count):
        self._bar.update(self._task, completed=count)
        self._bar.stop()


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _num(arr):
    """A number (or nested list) printed with the shortest repr of its dtype."""
    arr = np.asarray(arr)
    if arr.ndim == 0:
        return _short(arr[()])
    return [_num(a) for a in arr]


def _short(x):
    if isinstance(x, np.floating):
        text = str(x)          # shortest round-trip text in the value's own precision
        return float(text) if np.isfinite(x) else text
    return x.item() if hasattr(x, "item") else x


def _csv_cell(v) -> str:
    if isinstance(v, list):
        return json.dumps(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v)) if v != 0 or str(v)[0] != "-" else "-0"
    return str(v)


def _json_num(v):
    return v if not isinstance(v, str) else v   # "nan" / "inf" stay strings


def _json_obj(d):
    return {k: _json_num(v) for k, v in d.items()}


def _jsonable(arr):
    return _num(arr)
