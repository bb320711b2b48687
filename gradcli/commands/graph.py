"""``gradcli graph``: the backward graph of a tensor as a tree, DOT or Mermaid.

Every walk is iterative (an explicit stack), so graphs of 10^5 nodes render without
recursion errors.  A node reached a second time is printed once and referred to by
its number afterwards.  A chain of single-input nodes stays at one indentation, so
deep graphs do not grow wider.
"""
from __future__ import annotations

import io
import sys

import click

from gradcli.commands.options import debug_option

from .options import at_option, color_option, dtype_option, parse_bindings, seed_option

EXAMPLE = """\b
Examples:
  $ gradcli graph samples/chain_rule_scalars.py
  $ gradcli graph --expr 'sin(x)*x' --at x=1.0 --format dot | dot -Tsvg > g.svg
  $ gradcli graph model.py --var loss --format mermaid
"""

HELP = """Show the backward graph of a tensor.

From FILE: the tensor of the last backward() call, else the last assigned tensor
with a grad_fn, or --var NAME.  From --expr EXPR: the expression's result
(variables from --at).  Each node shows its grad_fn name, the variable and line that
created it, and the shape and dtype of the gradient it receives; leaves by name.
--format: tree (rich on a terminal), text (plain tree, the default otherwise),
dot (Graphviz) or mermaid (flowchart).
"""


def add_command(group: click.Group) -> None:
    @group.command("graph", help=HELP, epilog=EXAMPLE)
    @click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
    @click.option("--expr", metavar="EXPR", help="Graph of an expression instead of a file.")
    @at_option
    @click.option("--var", metavar="NAME", help="The module-level tensor to draw.")
    @click.option("--format", "fmt", type=click.Choice(["tree", "text", "dot", "mermaid"]),
                  default=None, help="Output format (default: tree on a terminal, else text).")
    @dtype_option
    @seed_option
    @color_option
    @debug_option
    @click.pass_context
    def graph_command(ctx, file, expr, at, var, fmt, dtype, seed, color, debug):
        if (file is None) == (expr is None):
            raise click.UsageError("give either FILE or --expr EXPR")
        ctx.exit(main(file, expr, at, var, fmt, dtype, seed, color))


class _LastBackward:
    def __init__(self):
        self.root = None

    def begin(self, roots, capture):
        if roots:
            self.root = roots[0][0]

    def node(self, *a):
        pass

    def accumulate(self, *a):
        pass

    def end(self):
        pass


class _Tracking(dict):
    """Module globals remembering the last tensor with a grad_fn bound to a name."""

    last = None

    def __setitem__(self, name, value):
        if getattr(value, "grad_fn", None) is not None and hasattr(value, "_data"):
            self.last = value
        dict.__setitem__(self, name, value)


def main(file, expr, at, var, fmt, dtype_name, seed, color) -> int:
    from gradcli.tensor import autograd
    from gradcli.tensor import tensor as tensor_mod

    from .naming import Namer
    root_tensor = None
    tensor_mod.capture_sources = True
    try:
        if expr is not None:
            from .derivatives import Problem, dtype_named, make_variable
            from .exprs import ExprError, evaluate
            try:
                if seed is not None:
                    from gradcli.tensor.random import default_generator
                    default_generator.manual_seed(seed)
                problem = Problem(expr, dtype_named(dtype_name))
                values = {n: make_variable(evaluate(v, problem.namespace), problem.dtype)
                          for n, v in parse_bindings(at)}
                root_tensor = problem.evaluate(values)
            except ExprError as exc:
                sys.stderr.write(str(exc) + "\n")
                return 1
            namespace, lines = problem.namespace, None
            root = root_tensor.grad_fn
        else:
            from gradcli import runner
            with open(file, encoding="utf-8-sig") as handle:
                source = handle.read()
            namespace = _Tracking()
            watcher = _LastBackward()
            autograd.observers.append(watcher)
            err = io.StringIO()
            try:
                code = runner.run_source(source, file, io.StringIO(), err,
                                         globals_dict=namespace, seed=seed)
            finally:
                autograd.observers.remove(watcher)
            if code != 0:
                sys.stderr.write(err.getvalue())
                return code
            lines = source.splitlines()
            if var is not None:
                value = namespace.get(var)
                if getattr(value, "grad_fn", None) is None:
                    sys.stderr.write(f"gradcli graph: {var} is not a tensor with a grad_fn\n")
                    return 1
                root_tensor, root = value, value.grad_fn
            elif watcher.root is not None:
                root = watcher.root
                for value in namespace.values():
                    if getattr(value, "grad_fn", None) is root:
                        root_tensor = value
            elif namespace.last is not None:
                root_tensor = namespace.last
                root = root_tensor.grad_fn
            else:
                sys.stderr.write("gradcli graph: the script made no tensor with a grad_fn\n")
                return 1
        if root is None:
            sys.stderr.write("gradcli graph: the result has no grad_fn (it does not depend "
                             "on a tensor that requires grad)\n")
            return 1
        namer = Namer(namespace, lines)
        graph = walk(root, root_tensor, namer)
    finally:
        tensor_mod.capture_sources = False
    if fmt is None:
        fmt = "tree" if _isatty(sys.stdout) or color else "text"
    if fmt == "dot":
        sys.stdout.write(to_dot(graph))
    elif fmt == "mermaid":
        sys.stdout.write(to_mermaid(graph))
    elif fmt == "tree" and (_isatty(sys.stdout) or color):
        _rich_tree(graph, color)
    else:
        sys.stdout.write(to_text(graph))
    return 0


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Graph:
    """Nodes numbered in discovery order (depth-first from the root)."""

    def __init__(self):
        self.labels: list[dict] = []        # per node: name, var, line, shape, dtype, leaf
        self.children: list[list[int]] = []
        self.index: dict[int, int] = {}     # id(node) -> number


def walk(root, root_tensor, namer) -> Graph:
    from gradcli.tensor.autograd import AccumulateGrad
    g = Graph()
    keep = []                                # hold nodes so ids stay unique

    def info(node, meta):
        shape, dtype = meta if meta is not None else (None, None)
        leaf = type(node) is AccumulateGrad
        if leaf:
            shape, dtype = tuple(node.variable._data.shape), node.variable.dtype
        return {"name": node.name() if not leaf else "AccumulateGrad",
                "var": namer.variable_of(node), "line": namer.line_of(node),
                "shape": None if shape is None else list(shape),
                "dtype": None if dtype is None else str(dtype), "leaf": leaf}

    meta0 = (tuple(root_tensor._data.shape), root_tensor.dtype) if root_tensor is not None \
        else None
    stack = [(root, meta0, None)]
    while stack:
        node, meta, parent = stack.pop()
        k = g.index.get(id(node))
        if k is None:
            k = len(g.labels)
            g.index[id(node)] = k
            keep.append(node)
            g.labels.append(info(node, meta))
            g.children.append([])
            nexts = node.next_functions
            metas = node._meta or (None,) * len(nexts)
            for (child, _), m in reversed(list(zip(nexts, metas))):
                if child is not None:
                    stack.append((child, m, k))
        if parent is not None:
            g.children[parent].append(k)
    return g


def _label(lab: dict) -> str:
    parts = [lab["name"]]
    if lab["leaf"]:
        parts.append(f"{lab['var'] or '(unnamed leaf)'}")
    elif lab["var"] and lab["line"]:
        parts.append(f"{lab['var']} (line {lab['line']})")
    elif lab["var"] or lab["line"]:
        parts.append(lab["var"] or f"line {lab['line']}")
    if lab["shape"] is not None:
        parts.append(f"{lab['shape']} {lab['dtype'].replace('torch.', '')}")
    return "  ".join(parts)


def _tree_lines(g: Graph):
    """(prefix, text) lines of the plain tree, iteratively."""
    shown = set()
    stack = [(0, "", "", True)]        # (node, prefix of this line, prefix for children)
    while stack:
        k, head, cont, _ = stack.pop()
        if k in shown:
            yield head + f"^ #{k} {g.labels[k]['name']} (shared, shown above)"
            continue
        shown.add(k)
        yield head + f"#{k} " + _label(g.labels[k])
        kids = g.children[k]
        if len(kids) == 1:
            stack.append((kids[0], cont, cont, True))
            continue
        for i in reversed(range(len(kids))):
            last = i == len(kids) - 1
            stack.append((kids[i], cont + ("└── " if last else "├── "),
                          cont + ("    " if last else "│   "), last))


def to_text(g: Graph) -> str:
    return "".join(line + "\n" for line in _tree_lines(g))


def _rich_tree(g: Graph, color) -> None:
    from .tables import console
    con = console(sys.stdout, color)
    from rich.text import Text
    for line in _tree_lines(g):
        text = Text(line)
        text.highlight_regex(r"#\d+ \w+", "bold cyan")
        text.highlight_regex(r"AccumulateGrad  \w+", "bold green")
        con.print(text, soft_wrap=True)


def _quote(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def to_dot(g: Graph) -> str:
    out = ["digraph backward {", "  rankdir=TB;", '  node [shape=box, fontname="monospace"];']
    for k, lab in enumerate(g.labels):
        text = _quote(_label(lab)).replace("  ", "\\n")
        style = ", style=filled, fillcolor=lightblue" if lab["leaf"] else ""
        out.append(f'  n{k} [label="{text}"{style}];')
    for k, kids in enumerate(g.children):
        for c in kids:
            out.append(f"  n{k} -> n{c};")
    out.append("}")
    return "\n".join(out) + "\n"


def to_mermaid(g: Graph) -> str:
    out = ["flowchart TD"]
    for k, lab in enumerate(g.labels):
        text = _label(lab).replace('"', "#quot;").replace("  ", "<br/>")
        out.append(f'  n{k}["{text}"]')
    for k, kids in enumerate(g.children):
        for c in kids:
            out.append(f"  n{k} --> n{c}")
    return "\n".join(out) + "\n"
