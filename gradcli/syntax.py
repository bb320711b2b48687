"""Typed AST nodes with spans, and the front door :func:`parse`.

Every node has a ``span`` (:class:`gradcli.errors.Span`).  Nodes compare equal
when their fields are equal (spans are ignored), which keeps parser tests short.
The conversion from Lark's tree lives in :mod:`gradcli.syntax_build`; string
literals and f-strings in :mod:`gradcli.syntax_strings`.
"""

from __future__ import annotations

from gradcli.errors import Span


class Node:
    __slots__ = ("span",)
    _fields: tuple[str, ...] = ()

    def __init__(self, *values, span: Span | None = None):
        if len(values) != len(self._fields):
            raise TypeError(f"{type(self).__name__} takes {len(self._fields)} fields")
        for name, value in zip(self._fields, values):
            setattr(self, name, value)
        self.span = span

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and all(
            getattr(self, f) == getattr(other, f) for f in self._fields)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        inner = ", ".join(repr(getattr(self, f)) for f in self._fields)
        return f"{type(self).__name__}({inner})"


def _node(name: str, fields: str, base: type = Node) -> type:
    names = tuple(fields.split())
    return type(name, (base,), {"__slots__": names, "_fields": names})


class Expr(Node):
    __slots__ = ()


class Stmt(Node):
    __slots__ = ()


# ------------------------------------------------------------------ expressions
Name = _node("Name", "id", Expr)
Constant = _node("Constant", "value", Expr)          # int float complex str None bool ...
FString = _node("FString", "parts", Expr)            # parts: str | FormattedValue
FormattedValue = _node("FormattedValue", "value conversion spec", Expr)  # spec: FString|None
Tuple = _node("Tuple", "elts", Expr)
List = _node("List", "elts", Expr)
Set = _node("Set", "elts", Expr)
Dict = _node("Dict", "keys values", Expr)            # key None means **mapping
Starred = _node("Starred", "value", Expr)
BinOp = _node("BinOp", "left op right", Expr)        # op: '+', '-', '*', '@', ...
UnaryOp = _node("UnaryOp", "op operand", Expr)       # op: '-', '+', '~', 'not'
BoolOp = _node("BoolOp", "op values", Expr)          # op: 'and' | 'or'
Compare = _node("Compare", "left ops comparators", Expr)  # ops: '<', 'not in', 'is not' ...
IfExp = _node("IfExp", "test body orelse", Expr)
Lambda = _node("Lambda", "params body", Expr)
Call = _node("Call", "func args keywords", Expr)     # args may hold Starred
Keyword = _node("Keyword", "name value", Node)       # name None means **mapping
Attribute = _node("Attribute", "value attr", Expr)
Subscript = _node("Subscript", "value index", Expr)
Slice = _node("Slice", "lower upper step", Expr)
Comprehension = _node("Comprehension", "target iter ifs", Node)
ListComp = _node("ListComp", "elt generators", Expr)
SetComp = _node("SetComp", "elt generators", Expr)
GeneratorExp = _node("GeneratorExp", "elt generators", Expr)
DictComp = _node("DictComp", "key value generators", Expr)

# Parameters of def/lambda.  ``defaults`` line up with the last positional names.
Params = _node("Params", "posonly names defaults vararg kwonly kw_defaults kwarg", Node)

# ------------------------------------------------------------------- statements
Module = _node("Module", "body", Node)
ExprStmt = _node("ExprStmt", "value", Stmt)
Assign = _node("Assign", "targets value", Stmt)
AugAssign = _node("AugAssign", "target op value", Stmt)  # op: '+', '-', ...
AnnAssign = _node("AnnAssign", "target value", Stmt)    # value may be None
Delete = _node("Delete", "targets", Stmt)
Pass = _node("Pass", "", Stmt)
Break = _node("Break", "", Stmt)
Continue = _node("Continue", "", Stmt)
Return = _node("Return", "value", Stmt)
Raise = _node("Raise", "exc cause", Stmt)
Global = _node("Global", "names", Stmt)
Nonlocal = _node("Nonlocal", "names", Stmt)
Assert = _node("Assert", "test msg", Stmt)
Import = _node("Import", "names", Stmt)               # [(dotted, asname|None)]
ImportFrom = _node("ImportFrom", "module names", Stmt)  # names: [(name, asname)] or None for *
If = _node("If", "test body orelse", Stmt)
While = _node("While", "test body orelse", Stmt)
For = _node("For", "target iter body orelse", Stmt)
Try = _node("Try", "body handlers orelse finalbody", Stmt)
ExceptHandler = _node("ExceptHandler", "type name body", Node)
With = _node("With", "items body", Stmt)               # items: [(expr, target|None)]
FunctionDef = _node("FunctionDef", "name params body decorators", Stmt)
ClassDef = _node("ClassDef", "name bases keywords body decorators", Stmt)


def parse(source: str) -> Module:
    """Parse script text into a Module; raise ScriptSyntaxError on any error.

    A script parsed before comes from the AST cache (gradcli/astcache.py), which spares
    importing Lark and loading the parser: most of gradcli's start-up.
    """
    from gradcli import astcache
    module = astcache.load(source)
    if module is None:
        from gradcli.parser import parse_tree
        from gradcli.syntax_build import Builder   # the builder needs the node classes above
        module = Builder().build_module(parse_tree(source))
        astcache.store(source, module)
    return module


def parse_expression(text: str) -> Expr:
    """Parse a single expression (handy in tests)."""
    from gradcli.parser import parse_expression_tree
    from gradcli.syntax_build import Builder
    return Builder().expr(parse_expression_tree(text).children[0])
