"""Lark tree -> AST nodes, built once per script (recursive, with a depth guard).

Operator chains come flat from the grammar (``a + b - c``) and are folded left
to right here; ``-x**2`` already arrives as ``-(x**2)`` from the rule layering.
"""

from __future__ import annotations

from lark import Token, Tree

from gradcli.errors import ScriptSyntaxError, Span
from gradcli.parser import ALLOWED_DUNDERS
from gradcli.syntax import (
    AnnAssign, Assert, Assign, Attribute, AugAssign, BinOp, BoolOp, Break, Call, Compare,
    Comprehension, Constant, Continue, Delete, Dict, DictComp, ExceptHandler, Expr,
    ClassDef, ExprStmt, FString, For, FunctionDef, GeneratorExp, Global, If,
    IfExp, Import, ImportFrom, Keyword, Lambda, List, ListComp, Module, Name, Nonlocal,
    Params, Pass, Raise, Return, Set, SetComp, Slice, Starred, Stmt, Subscript, Try,
    Tuple, UnaryOp, While, With)
from gradcli.syntax_strings import string_parts, unescape

#: Deeper trees are rejected with a clean error instead of a RecursionError.
MAX_NESTING = 250


_TARGET_KINDS = {Call: "function call", Constant: "literal", BinOp: "expression",
                 UnaryOp: "expression", BoolOp: "expression", Compare: "comparison",
                 IfExp: "conditional expression", Lambda: "lambda", FString: "f-string expression",
                 Dict: "dict literal", Set: "set display", ListComp: "list comprehension",
                 GeneratorExp: "generator expression", DictComp: "dict comprehension",
                 SetComp: "set comprehension"}

class Builder:
    """Turns one Lark tree into AST nodes (recursive, with a depth guard)."""

    def __init__(self, line_offset: int = 0, column_offset: int = 0):
        self.line_offset = line_offset
        self.column_offset = column_offset   # applies to nodes on the first line
        self.depth = 0

    # ---- spans
    def span(self, item) -> Span:
        if isinstance(item, Token):
            line, col = item.line or 1, item.column or 1
            end_line, end_col = item.end_line or line, item.end_column or col + 1
        else:
            meta = item.meta
            if getattr(meta, "empty", True):
                return Span(self.line_offset + 1, self.column_offset + 1)
            line, col, end_line, end_col = meta.line, meta.column, meta.end_line, meta.end_column
        if line == 1:
            col += self.column_offset
        if end_line == 1:
            end_col += self.column_offset
        return Span(line + self.line_offset, col, end_line + self.line_offset, end_col)

    def error(self, message: str, item) -> ScriptSyntaxError:
        return ScriptSyntaxError(message, self.span(item) if item is not None else None)

    # ---- statements
    def build_module(self, tree: Tree) -> Module:
        body = []
        for child in tree.children:
            body.append(self.stmt(child))
        return Module(body, span=Span(1, 1))

    def block(self, suite: Tree) -> list:
        return [self.stmt(child) for child in suite.children]

    def stmt(self, tree: Tree) -> Stmt:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise self.error("too many statically nested blocks", tree)
        try:
            method = getattr(self, "s_" + tree.data)
            node = method(tree, *tree.children)
            if node.span is None:
                node.span = self.span(tree)
            return node
        finally:
            self.depth -= 1

    def s_expr_stmt(self, tree, value):
        return ExprStmt(self.expr(value))

    def s_assign(self, tree, *parts):
        targets = [self.target(p) for p in parts[:-1]]
        return Assign(targets, self.expr(parts[-1]))

    def s_augassign(self, tree, target, op, value):
        node = self.expr(target)
        if not isinstance(node, (Name, Attribute, Subscript)):
            kind = _TARGET_KINDS.get(type(node), "expression")
            if isinstance(node, (Tuple, List)):
                kind = "tuple" if isinstance(node, Tuple) else "list"
            raise ScriptSyntaxError(f"'{kind}' is an illegal expression for augmented assignment",
                                    node.span)
        return AugAssign(node, op.value[:-1], self.expr(value))

    def s_annassign(self, tree, target, annotation, value):
        node = self.target(target)
        if not isinstance(node, (Name, Attribute, Subscript)):
            raise self.error("illegal target for annotation", target)
        self.expr(annotation)
        return AnnAssign(node, None if value is None else self.expr(value))

    def s_del_stmt(self, tree, targets):
        node = self.target(targets, deleting=True)
        items = node.elts if isinstance(node, Tuple) and not _parenthesized(targets) else [node]
        return Delete(items)

    def s_pass_stmt(self, tree):
        return Pass()

    def s_break_stmt(self, tree):
        return Break()

    def s_continue_stmt(self, tree):
        return Continue()

    def s_return_stmt(self, tree, value):
        return Return(None if value is None else self.expr(value))

    def s_raise_stmt(self, tree, exc, cause):
        return Raise(None if exc is None else self.expr(exc),
                     None if cause is None else self.expr(cause))

    def s_global_stmt(self, tree, *names):
        return Global([str(n) for n in names])

    def s_nonlocal_stmt(self, tree, *names):
        return Nonlocal([str(n) for n in names])

    def s_assert_stmt(self, tree, test, msg):
        return Assert(self.expr(test), None if msg is None else self.expr(msg))

    def s_import_stmt(self, tree, *items):
        names = []
        for item in items:
            dotted, asname = item.children
            names.append((".".join(str(t) for t in dotted.children),
                          None if asname is None else str(asname)))
        return Import(names)

    def s_from_import(self, tree, dotted, *items):
        module = ".".join(str(t) for t in dotted.children)
        if len(items) == 1 and items[0].data == "import_star":
            return ImportFrom(module, None)
        names = []
        for item in items:
            name, asname = item.children
            names.append((str(name), None if asname is None else str(asname)))
        return ImportFrom(module, names)

    def s_if_stmt(self, tree, test, suite, *rest):
        orelse = None if rest[-1] is None else self.block(rest[-1].children[0])
        for clause in reversed(rest[:-1]):
            inner = If(self.expr(clause.children[0]), self.block(clause.children[1]),
                       orelse or [], span=self.span(clause))
            orelse = [inner]
        return If(self.expr(test), self.block(suite), orelse or [])

    def s_while_stmt(self, tree, test, suite, orelse):
        return While(self.expr(test), self.block(suite),
                     [] if orelse is None else self.block(orelse.children[0]))

    def s_for_stmt(self, tree, target, iterable, suite, orelse):
        return For(self.target(target), self.expr(iterable), self.block(suite),
                   [] if orelse is None else self.block(orelse.children[0]))

    def s_try_stmt(self, tree, suite, *rest):
        handlers, orelse, finalbody = [], [], []
        for clause in rest:
            if clause is None:
                continue
            if clause.data == "except_clause":
                etype, name, body = clause.children
                handlers.append(ExceptHandler(None if etype is None else self.expr(etype),
                                              None if name is None else str(name),
                                              self.block(body), span=self.span(clause)))
            elif clause.data == "else_clause":
                orelse = self.block(clause.children[0])
            else:
                finalbody = self.block(clause.children[0])
        for handler in handlers[:-1]:
            if handler.type is None:
                raise ScriptSyntaxError("default 'except:' must be last", handler.span)
        return Try(self.block(suite), handlers, orelse, finalbody)

    def s_with_stmt(self, tree, *parts):
        items = []
        for item in parts[:-1]:
            ctx, target = item.children
            items.append((self.expr(ctx), None if target is None else self.target(target)))
        return With(items, self.block(parts[-1]))

    def s_decorated(self, tree, *parts):
        func = self.stmt(parts[-1])
        func.decorators = [self.expr(d.children[0]) for d in parts[:-1]]
        func.span = self.span(tree)
        return func

    def s_classdef(self, tree, name, arguments, suite):
        bases, keywords = self.arguments(arguments)
        for arg in bases:
            if isinstance(arg, Starred):
                raise ScriptSyntaxError("'*' in a class's bases is not supported", arg.span)
        for kw in keywords:
            raise ScriptSyntaxError("keyword arguments in a class definition (metaclass=...) "
                                    "are not supported", kw.span)
        return ClassDef(str(name), bases, [], self.block(suite), [])

    def s_funcdef(self, tree, name, params, returns, suite):
        if returns is not None:
            self.expr(returns)
        signature = self.params(params, tree)
        return FunctionDef(str(name), signature, self.block(suite), [])

    # ---- parameters
    def params(self, tree, owner) -> Params:
        posonly, names, defaults, kwonly, kw_defaults = 0, [], [], [], {}
        vararg = kwarg = None
        star_seen = False
        seen: set[str] = set()
        items = [] if tree is None else tree.children

        def add_name(tok):
            text = str(tok)
            if text in seen:
                raise self.error(f"duplicate argument '{text}' in function definition", tok)
            seen.add(text)
            return text

        for item in items:
            kind = item.data
            if kwarg is not None:
                raise self.error("arguments cannot follow var-keyword argument", item)
            if kind in ("param", "lparam"):
                name_tok, default = item.children[0], item.children[-1]
                if kind == "param" and item.children[1] is not None:
                    self.expr(item.children[1].children[0])
                name = add_name(name_tok)
                if star_seen:
                    kwonly.append(name)
                    if default is not None:
                        kw_defaults[name] = self.expr(default)
                else:
                    names.append(name)
                    if default is not None:
                        defaults.append(self.expr(default))
                    elif defaults:
                        raise self.error("non-default argument follows default argument", item)
            elif kind == "star_param":
                if star_seen:
                    raise self.error("* argument may appear only once", item)
                star_seen = True
                if item.children and item.children[0] is not None:
                    vararg = add_name(item.children[0])
            elif kind == "kwstar_param":
                kwarg = add_name(item.children[0])
            elif kind == "slash_param":
                if star_seen or posonly:
                    raise self.error("/ must be ahead of *", item)
                if not names:
                    raise self.error("at least one argument must precede /", item)
                posonly = len(names)
        if star_seen and vararg is None and not kwonly:
            raise self.error("named arguments must follow bare *", owner)
        return Params(posonly, names, defaults, vararg, kwonly, kw_defaults, kwarg)

    # ---- targets
    def target(self, tree, deleting: bool = False) -> Expr:
        node = self.expr(tree)
        self.check_target(node, deleting)
        return node

    def check_target(self, node: Expr, deleting: bool) -> None:
        if isinstance(node, (Name, Attribute, Subscript)):
            return
        if isinstance(node, (Tuple, List)):
            starred = 0
            for elt in node.elts:
                if isinstance(elt, Starred):
                    starred += 1
                    if deleting:
                        raise ScriptSyntaxError("cannot delete starred", elt.span)
                    self.check_target(elt.value, deleting)
                else:
                    self.check_target(elt, deleting)
            if starred > 1:
                raise ScriptSyntaxError("multiple starred expressions in assignment", node.span)
            return
        if isinstance(node, Starred):
            raise ScriptSyntaxError("starred assignment target must be in a list or tuple",
                                    node.span)
        kind = _TARGET_KINDS.get(type(node), "expression")
        if isinstance(node, Constant) and node.value in (None, True, False) \
                and type(node.value) is not int:
            kind = str(node.value)
        verb = "delete" if deleting else "assign to"
        suffix = "" if deleting else " here. Maybe you meant '==' instead of '='?"
        if kind in ("None", "True", "False"):
            suffix = ""
        raise ScriptSyntaxError(f"cannot {verb} {kind}{suffix}", node.span)

    # ---- expressions
    def expr(self, item) -> Expr:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise self.error("too many nested expressions (the script is too complex)", item)
        try:
            if isinstance(item, Token):
                raise self.error("invalid syntax", item)   # not reached for valid trees
            node = getattr(self, "e_" + item.data)(item, *item.children)
            if node.span is None:
                node.span = self.span(item)
            return node
        finally:
            self.depth -= 1

    def fold(self, tree, children) -> Expr:
        """Fold `a op b op c` (flat from the grammar) left to right."""
        left = self.expr(children[0])
        for i in range(1, len(children), 2):
            right = self.expr(children[i + 1])
            left = BinOp(left, str(children[i]), right,
                         span=_join(left.span, right.span))
        return left

    def e_arith_expr(self, tree, *children):
        return self.fold(tree, children)

    e_term = e_shift_expr = e_arith_expr

    def bitop(self, tree, children, op):
        left = self.expr(children[0])
        for child in children[1:]:
            right = self.expr(child)
            left = BinOp(left, op, right, span=_join(left.span, right.span))
        return left

    def e_expr(self, tree, *children):
        return self.bitop(tree, children, "|")

    def e_xor_expr(self, tree, *children):
        return self.bitop(tree, children, "^")

    def e_and_expr(self, tree, *children):
        return self.bitop(tree, children, "&")

    def e_power(self, tree, base, exponent):
        return BinOp(self.expr(base), "**", self.expr(exponent))

    def e_factor(self, tree, op, operand):
        return UnaryOp(str(op), self.expr(operand))

    def e_not_test(self, tree, operand):
        return UnaryOp("not", self.expr(operand))

    def e_or_test(self, tree, *children):
        return BoolOp("or", [self.expr(c) for c in children])

    def e_and_test(self, tree, *children):
        return BoolOp("and", [self.expr(c) for c in children])

    def e_comparison(self, tree, *children):
        left = self.expr(children[0])
        ops, comparators = [], []
        i = 1
        while i < len(children):
            op = str(children[i])
            if op in ("not", "is") and isinstance(children[i + 1], Token) \
                    and str(children[i + 1]) in ("in", "not"):
                op = f"{op} {children[i + 1]}"
                i += 1
            ops.append(op)
            comparators.append(self.expr(children[i + 1]))
            i += 2
        return Compare(left, ops, comparators)

    def e_ifexp(self, tree, body, test, orelse):
        return IfExp(self.expr(test), self.expr(body), self.expr(orelse))

    def e_lambdef(self, tree, params, body):
        return Lambda(self.params(params, tree), self.expr(body))

    def e_call(self, tree, func, arguments):
        args, keywords = self.arguments(arguments)
        return Call(self.expr(func), args, keywords)

    def arguments(self, arguments):
        """(positional args, keywords) of a call's or a class statement's argument list."""
        args, keywords = [], []
        seen_kw = False
        names: set[str] = set()
        for arg in ([] if arguments is None else arguments.children):
            kind = arg.data if isinstance(arg, Tree) else None
            if kind == "kwarg":
                name = str(arg.children[0])
                if name in names:
                    raise self.error(f"keyword argument repeated: {name}", arg)
                names.add(name)
                keywords.append(Keyword(name, self.expr(arg.children[1]), span=self.span(arg)))
                seen_kw = True
            elif kind == "kwstar_arg":
                keywords.append(Keyword(None, self.expr(arg.children[0]), span=self.span(arg)))
                seen_kw = True
            elif kind == "star_arg":
                if any(k.name is None for k in keywords):
                    raise self.error("iterable argument unpacking follows keyword argument "
                                     "unpacking", arg)
                args.append(Starred(self.expr(arg.children[0]), span=self.span(arg)))
            else:
                if seen_kw:
                    message = ("positional argument follows keyword argument unpacking"
                               if any(k.name is None for k in keywords)
                               else "positional argument follows keyword argument")
                    raise self.error(message, arg)
                node = self.expr(arg)
                # `f(x for x in xs, y)` needs parentheses; `f((x for x in xs), y)` is fine
                if kind == "bare_genexp" and len(arguments.children) > 1:
                    raise ScriptSyntaxError("Generator expression must be parenthesized",
                                            node.span)
                args.append(node)
        return args, keywords

    def e_getattr(self, tree, value, name):
        text = str(name)
        if text.startswith("__") and text.endswith("__") and text not in ALLOWED_DUNDERS:
            raise self.error(f"access to dunder name '{text}' is not allowed", name)
        return Attribute(self.expr(value), text)

    def e_getitem(self, tree, value, index):
        return Subscript(self.expr(value), self.expr(index))

    def e_subscripts(self, tree, item):
        return self.expr(item)

    def e_subscript_tuple(self, tree, *items):
        return Tuple([self.expr(i) for i in items])

    def e_slice(self, tree, lower, upper, step):
        return Slice(*(None if p is None else self.expr(p) for p in (lower, upper, step)))

    def e_paren(self, tree, inner):
        node = self.expr(inner)
        if isinstance(node, Starred):
            raise ScriptSyntaxError("cannot use starred expression here", node.span)
        return node

    def e_tuple(self, tree, *items):
        return Tuple([self.expr(i) for i in items])

    def e_list(self, tree, *items):
        return List([self.expr(i) for i in items])

    def e_set(self, tree, *items):
        return Set([self.expr(i) for i in items])

    def e_dict(self, tree, *items):
        keys, values = [], []
        for item in items:
            if item.data == "dict_unpack":
                keys.append(None)
                values.append(self.expr(item.children[0]))
            else:
                keys.append(self.expr(item.children[0]))
                values.append(self.expr(item.children[1]))
        return Dict(keys, values)

    def e_star_expr(self, tree, value):
        return Starred(self.expr(value))

    def comprehensions(self, clauses: Tree) -> list:
        generators = []
        for clause in clauses.children:
            if clause.data == "comp_for":
                target, iterable = clause.children
                generators.append(Comprehension(self.target(target), self.expr(iterable), [],
                                                span=self.span(clause)))
            else:
                generators[-1].ifs.append(self.expr(clause.children[0]))
        return generators

    def e_listcomp(self, tree, elt, clauses):
        return ListComp(self.expr(elt), self.comprehensions(clauses))

    def e_setcomp(self, tree, elt, clauses):
        return SetComp(self.expr(elt), self.comprehensions(clauses))

    def e_genexp(self, tree, elt, clauses):
        return GeneratorExp(self.expr(elt), self.comprehensions(clauses))

    e_bare_genexp = e_genexp

    def e_dictcomp(self, tree, entry, clauses):
        key, value = entry.children
        return DictComp(self.expr(key), self.expr(value), self.comprehensions(clauses))

    def e_name(self, tree, tok):
        return Name(str(tok))

    def e_const_none(self, tree):
        return Constant(None)

    def e_const_true(self, tree):
        return Constant(True)

    def e_const_false(self, tree):
        return Constant(False)

    def e_ellipsis(self, tree):
        return Constant(Ellipsis)

    def e_number(self, tree, tok):
        text = str(tok)
        kind = tok.type
        if kind == "FLOAT_NUMBER":
            return Constant(float(text.replace("_", "")))
        if kind == "IMAG_NUMBER":
            return Constant(complex(0, float(text[:-1].replace("_", ""))))
        return Constant(int(text, 0))

    def e_strings(self, tree, *tokens):
        parts: list = []
        for tok in tokens:
            parts.extend(self.string_parts(tok))
        if all(isinstance(p, str) for p in parts):
            return Constant("".join(parts))
        merged: list = []
        for part in parts:
            if isinstance(part, str) and merged and isinstance(merged[-1], str):
                merged[-1] += part
            elif not (isinstance(part, str) and part == ""):
                merged.append(part)
        return FString(merged)

    # ---- string literals
    def string_parts(self, tok: Token) -> list:
        return string_parts(self, tok)

    def unescape(self, body: str, tok) -> str:
        return unescape(body, lambda message: self.error(message, tok))

def _join(a: Span, b: Span) -> Span:
    return Span(a.line, a.column, b.end_line, b.end_column)


def _parenthesized(tree) -> bool:
    return isinstance(tree, Tree) and tree.data == "paren"
