"""Evaluate expressions through gradcli's own parser and compiler (never Python's eval).

An expression sees ``torch``, ``F`` (torch.nn.functional), ``math``, every torch
function bare (``sin(x)``, ``randn(3)``), and the variables the caller binds.
"""
from __future__ import annotations

from gradcli import errors
from gradcli import syntax as ast
from gradcli.compiler import compile_module
from gradcli.compiler_func import CallState
from gradcli.diagnostics import format_report
from gradcli.errors import ScriptError, span_of
from gradcli.runtime import Importer, Module, make_builtins

RESULT = "_gradcli_result"


class ExprError(Exception):
    """The expression failed to parse or raised; ``str()`` is the diagnostic text."""


def base_namespace() -> dict:
    """torch, F, math and the torch / F functions bound as bare names."""
    from gradcli.tensor.dtypes import DType
    importer = Importer()
    torch = importer.root("torch")
    functional = torch.member("nn").member("functional")
    ns: dict = {}
    for module in (functional, torch):
        for name in module.public_names():
            value = module.member(name)
            if not isinstance(value, (Module, DType)):
                ns[name] = value
    for keep in ("float", "int", "bool"):   # Python's own, not torch dtypes
        ns.pop(keep, None)
    ns.update({"__name__": "__main__", "torch": torch, "F": functional,
               "math": importer.root("math")})
    return ns


def free_names(text: str, known: dict) -> list[str]:
    """Names the expression reads that are neither in ``known`` nor builtins, in order."""
    expr = _parse(text)
    builtins = make_builtins()
    found: list[str] = []
    stack = [expr]
    while stack:                        # iterative walk, children in source order
        node = stack.pop()
        if isinstance(node, ast.Name):
            if node.id not in known and node.id not in builtins and node.id not in found:
                found.append(node.id)
            continue
        children = []
        if isinstance(node, ast.Node):
            children = [getattr(node, f) for f in node._fields]
        elif isinstance(node, (list, tuple)):
            children = list(node)
        for child in reversed(children):
            if isinstance(child, (ast.Node, list, tuple)):
                stack.append(child)
    return found


def _parse(text: str):
    errors.start_run("<expr>", text)
    try:
        return ast.parse_expression(text)
    except ScriptError as exc:
        raise ExprError(format_report("<expr>", [text], exc.type_name, exc.message,
                                      exc.span).rstrip("\n")) from None


class Expression:
    """One expression compiled once; :meth:`__call__` evaluates it in ``namespace``."""

    def __init__(self, text: str, namespace: dict):
        self.text = " ".join(text.splitlines())
        expr = _parse(self.text)
        stmt = ast.Assign([ast.Name(RESULT, span=expr.span)], expr, span=expr.span)
        self.namespace = namespace
        try:
            self._program = compile_module(ast.Module([stmt], span=expr.span), namespace,
                                           make_builtins(), Importer(), CallState())
        except ScriptError as exc:
            raise ExprError(self._report(exc.type_name, exc.message, exc.span)) from None

    def _report(self, kind, message, span) -> str:
        return format_report("<expr>", [self.text], kind, message, span).rstrip("\n")

    def __call__(self):
        from gradcli.runner import is_script_exception
        errors.start_run("<expr>", self.text)
        try:
            self._program()
        except ScriptError as exc:
            raise ExprError(self._report(exc.type_name, exc.message, exc.span)) from None
        except Exception as exc:  # noqa: BLE001 - the expression's own errors
            if not is_script_exception(exc):
                raise
            raise ExprError(self._report(type(exc).__name__, str(exc), span_of(exc))) from None
        return self.namespace.pop(RESULT)


def evaluate(text: str, namespace: dict | None = None):
    """The value of ``text`` in ``namespace`` (default: :func:`base_namespace`)."""
    return Expression(text, base_namespace() if namespace is None else namespace)()
