"""``gradcli check``: autograd gradients against central finite differences (float64).

EXPR mode: every variable comes from ``--at``; the gradient of the result (of its sum
when it has several elements) is compared element by element with
``(f(x + eps) - f(x - eps)) / (2 eps)``.

FILE mode (design): the script runs once with its requires-grad leaves cast to float64
at the moment they are bound to a module-level name, and an observer records, for every
``tensor.backward()``, the gradient each such leaf received.  Then, per leaf element,
the script is re-run twice with that element moved by +-eps at the same binding, and
stopped at the same backward call, whose loss ``sum(tensor * gradient)`` gives the
numeric derivative.  A leaf modified in place between its binding and the backward call
(e.g. an optimizer step) is reported as skipped: the re-run perturbs the value it had
when bound, not the one the backward pass saw.  Script output is discarded.
"""
from __future__ import annotations

import io
import sys

import click
import numpy as np

from gradcli.commands.options import debug_option

from .derivatives import Problem, dtype_named, gradients, make_variable
from .exprs import ExprError, evaluate
from .options import at_option, color_option, parse_bindings, seed_option
from .tables import print_table

EXAMPLE = """\b
Examples:
  $ gradcli check 'x.pow(3).sum()' --at x=[1,2]
  variable  element  autograd  numeric  abs err   rel err   result
  --------  -------  --------  -------  --------  --------  ------
  x         [0]      3         3        2.7e-10   9.1e-11   ok
  x         [1]      12        12       1.1e-09   9e-11     ok
  $ gradcli check samples/chain_rule_scalars.py
"""

HELP = """Compare autograd gradients with central finite differences in float64.

TARGET is an expression (variables from --at) or a script FILE: then every
tensor.backward() in it is re-checked for the leaves bound to module-level names.
An element passes when |autograd - numeric| <= atol + rtol * |numeric|.
Exit status 1 when any element fails.
"""

MAX_RUNS = 4000


def add_command(group: click.Group) -> None:
    @group.command("check", help=HELP, epilog=EXAMPLE)
    @click.argument("target", metavar="EXPR|FILE")
    @at_option
    @click.option("--eps", type=float, default=1e-6, show_default=True,
                  help="Finite-difference step.")
    @click.option("--atol", type=float, default=1e-5, show_default=True,
                  help="Absolute tolerance.")
    @click.option("--rtol", type=float, default=1e-3, show_default=True,
                  help="Relative tolerance.")
    @seed_option
    @color_option
    @debug_option
    @click.pass_context
    def check_command(ctx, target, at, eps, atol, rtol, seed, color, debug):
        import os
        if not at and os.path.isfile(target):
            ctx.exit(check_file(target, eps, atol, rtol, seed or 0, color))
        ctx.exit(check_expr(target, at, eps, atol, rtol, seed, color))


def _row(name, index, a, n, atol, rtol):
    err = abs(a - n)
    rel = err / abs(n) if n != 0 else (0.0 if err == 0 else float("inf"))
    ok = err <= atol + rtol * abs(n) and np.isfinite(a) == np.isfinite(n)
    return [name, index, f"{a:.6g}", f"{n:.6g}", f"{err:.2g}", f"{rel:.2g}",
            "ok" if ok else "FAIL"], ok


def _index(shape, flat):
    return str([int(i) for i in np.unravel_index(flat, shape)]) if shape else "[]"


def _report(rows, all_ok, color, extra=""):
    print_table(["variable", "element", "autograd", "numeric", "abs err", "rel err",
                 "result"], rows, color=color, styles={"FAIL": "bold red", "ok": "green"})
    failed = sum(1 for r in rows if r[-1] == "FAIL")
    sys.stdout.write(extra)
    if failed:
        sys.stderr.write(f"gradcli check: {failed} of {len(rows)} elements failed\n")
    return 0 if all_ok else 1


def check_expr(text, at, eps, atol, rtol, seed, color) -> int:
    bindings = parse_bindings(at)
    f64 = dtype_named("float64")
    try:
        if seed is not None:
            from gradcli.tensor.random import default_generator
            default_generator.manual_seed(seed)
        problem = Problem(text, f64)
        values = {n: make_variable(evaluate(v, problem.namespace), f64) for n, v in bindings}
        from .exprs import free_names
        missing = free_names(text, {k: 1 for k in problem.namespace if k not in values})
        missing = [m for m in missing if m not in values]
        if missing:
            raise click.UsageError(f"no value for {', '.join(missing)}: give --at NAME=VALUE")

        def scalar():
            y = problem.evaluate(values)
            return y.sum() if y.numel() != 1 else y
        y = scalar()
        names = list(values)
        grads = gradients(y, [values[n] for n in names])
        rows, all_ok = [], True
        for name, g in zip(names, grads):
            leaf = values[name]
            flat = leaf._data.reshape(-1)
            for k in range(flat.size):
                keep = flat[k]
                flat[k] = keep + eps
                plus = float(scalar()._data)
                flat[k] = keep - eps
                minus = float(scalar()._data)
                flat[k] = keep
                numeric = (plus - minus) / (2 * eps)
                row, ok = _row(name, _index(leaf._data.shape, k),
                               float(g._data.reshape(-1)[k]), numeric, atol, rtol)
                rows.append(row)
                all_ok &= ok
    except ExprError as exc:
        sys.stderr.write(str(exc) + "\n")
        return 1
    return _report(rows, all_ok, color)


# ------------------------------------------------------------------ script files

class _Stop(BaseException):
    """Ends a perturbed re-run at the backward call being checked."""


class _Bindings(dict):
    """Module globals that notice requires-grad leaves bound to names.

    Each binding gets a key (name, n-th leaf binding of that name); the leaf is cast
    to float64, and moved by ``delta`` at element ``index`` when the key matches.
    """

    def __init__(self, perturb=None):
        super().__init__()
        self.counts = {}
        self.keys = {}          # id(leaf) -> (key, leaf, version when bound)
        self.perturb = perturb  # (key, flat index, delta)

    def __setitem__(self, name, value):
        from gradcli.tensor.tensor import Tensor
        if (type(value) is Tensor and value._requires_grad and value.grad_fn is None
                and value.dtype.is_floating_point and id(value) not in self.keys):
            from gradcli.tensor import dtypes
            n = self.counts.get(name, 0)
            self.counts[name] = n + 1
            key = (name, n)
            value._data = np.array(value._data, dtype=np.float64)
            value.dtype = dtypes.float64
            if self.perturb is not None and self.perturb[0] == key:
                value._data.reshape(-1)[self.perturb[1]] += self.perturb[2]
            self.keys[id(value)] = (key, value, value._vc[0])
        dict.__setitem__(self, name, value)


class _Recorder:
    """Observer: per backward call, the gradient each named leaf received."""

    def __init__(self, bindings):
        self.bindings = bindings
        self.passes = []        # [{key: (grad array, modified?)}]

    def begin(self, roots, capture):
        self.current = {} if capture is None else None

    def node(self, node, grad_outputs, grad_inputs):
        pass

    def accumulate(self, leaf, before, after):
        if self.current is None:
            return
        entry = self.bindings.keys.get(id(leaf))
        if entry is None or entry[1] is not leaf:
            return
        delta = np.array(after._data, dtype=np.float64)
        if before is not None:
            delta = delta - before._data
        self.current[entry[0]] = (delta, leaf._vc[0] != entry[2])

    def end(self):
        if self.current is not None:
            self.passes.append(self.current)


def _run_script(source, name, globals_dict, seed, on_backward):
    """Run with output discarded; ``on_backward(k, tensor, gradient)`` per backward."""
    from gradcli import runner
    from gradcli.tensor.tensor import Tensor
    original = Tensor.backward
    count = [0]

    def backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None):
        on_backward(count[0], self, gradient)
        count[0] += 1
        return original(self, gradient, retain_graph, create_graph, inputs)
    Tensor.backward = backward
    try:
        return runner.run_source(source, name, io.StringIO(), io.StringIO(),
                                 globals_dict=globals_dict, seed=seed)
    finally:
        Tensor.backward = original


def check_file(path, eps, atol, rtol, seed, color) -> int:
    from gradcli.tensor import autograd
    with open(path, encoding="utf-8-sig") as handle:
        source = handle.read()
    bindings = _Bindings()
    recorder = _Recorder(bindings)
    autograd.observers.append(recorder)
    try:
        code = _run_script(source, path, bindings, seed, lambda *a: None)
    finally:
        autograd.observers.remove(recorder)
    if code != 0:
        err = io.StringIO()
        from gradcli import runner
        runner.run_source(source, path, io.StringIO(), err, seed=seed)
        sys.stderr.write(err.getvalue())
        return 1
    rows, all_ok, runs = [], True, 0
    skipped = []
    for k, grads in enumerate(recorder.passes):
        for key, (grad, modified) in grads.items():
            label = f"{key[0]} (backward #{k + 1})"
            if modified:
                skipped.append((key[0], k + 1, "modified in place since it was bound"))
                continue
            for i in range(grad.size):
                if runs + 2 > MAX_RUNS:
                    skipped.append((key[0], k + 1, f"over {MAX_RUNS} re-runs"))
                    break
                values = []
                for delta in (eps, -eps):
                    values.append(_loss_at(source, path, seed, key, i, delta, k))
                    runs += 1
                if None in values:
                    skipped.append((key[0], k + 1, "the re-run did not reach the backward call"))
                    break
                numeric = (values[0] - values[1]) / (2 * eps)
                row, ok = _row(label, _index(grad.shape, i), float(grad.reshape(-1)[i]),
                               numeric, atol, rtol)
                rows.append(row)
                all_ok &= ok
    extra = _skipped_text(skipped)
    if not rows and not skipped:
        sys.stdout.write("no backward() call reached a leaf bound to a module-level name\n")
        return 0
    return _report(rows, all_ok, color, extra)


def _skipped_text(skipped) -> str:
    """One line per (leaf, reason): the backward calls it covers."""
    groups = {}
    for name, k, reason in skipped:
        groups.setdefault((name, reason), []).append(k)
    lines = []
    for (name, reason), ks in groups.items():
        which = f"#{ks[0]}" if len(ks) == 1 else f"#{ks[0]}..#{ks[-1]} ({len(ks)} calls)"
        lines.append(f"skipped: {name} in backward {which}: {reason}\n")
    return "".join(lines)


def _loss_at(source, path, seed, key, index, delta, k):
    bindings = _Bindings((key, index, delta))
    found = []

    def on_backward(n, tensor, gradient):
        if n == k:
            data = np.asarray(tensor._data, dtype=np.float64)
            g = np.ones_like(data) if gradient is None else np.asarray(gradient._data)
            found.append(float((data * g).sum()))
            raise _Stop
    try:
        _run_script(source, path, bindings, seed, on_backward)
    except _Stop:
        pass
    return found[0] if found else None
