"""Expressions: AST node -> Python closure ``fn(frame) -> value``.

A frame is a list: slot 0 is the return value, other slots hold the locals of a
function or comprehension (or a :class:`Cell` for captured variables).  Module
level code reads and writes the globals dict directly.

Each closure that can raise attaches its span to the exception (once,
innermost first) so the report points at the expression that failed.
"""

from __future__ import annotations

import operator

from gradcli import limits
from gradcli import syntax as ast
from gradcli.errors import ScriptSyntaxError, annotate
from gradcli.runtime import make_getter


class _Unbound:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<unbound>"


UNBOUND = _Unbound()


class Cell:
    """A captured variable shared between a scope and the closures inside it."""

    __slots__ = ("v",)

    def __init__(self, value=UNBOUND):
        self.v = value


def _contains(a, b):
    return a in b


def _not_contains(a, b):
    return a not in b


def _is(a, b):
    return a is b


def _is_not(a, b):
    return a is not b


BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "//": operator.floordiv, "%": operator.mod, "**": operator.pow,
          "@": operator.matmul, "<<": operator.lshift, ">>": operator.rshift,
          "&": operator.and_, "|": operator.or_, "^": operator.xor}
INPLACE = {"+": operator.iadd, "-": operator.isub, "*": operator.imul,
           "/": operator.itruediv, "//": operator.ifloordiv, "%": operator.imod,
           "**": operator.ipow, "@": operator.imatmul, "<<": operator.ilshift,
           ">>": operator.irshift, "&": operator.iand, "|": operator.ior,
           "^": operator.ixor}
# Operators that can build huge Python values check their size first (gradcli.limits).
BINARY.update({"*": limits.safe_mul, "**": limits.safe_pow, "<<": limits.safe_lshift,
               "%": limits.safe_mod})


def _guarded_inplace(check, op):
    def inplace(a, b):
        check(a, b)     # sizes only; the in-place op does the work
        return op(a, b)
    return inplace


def _inplace_mul(a, b):
    if isinstance(a, (list, str, tuple)) and limits._scripted(b):
        return limits.repeat_inplace(a, b)
    _size_of_mul(a, b)
    return operator.imul(a, b)


def _size_of_mul(a, b):
    if isinstance(a, (list, str, tuple)) and isinstance(b, int):
        limits._items(len(a) * b, f"the {type(a).__name__}")
    elif type(a) is int and type(b) is int:
        limits._int_bits(a.bit_length() + b.bit_length(), "*")


def _size_of_pow(a, b):
    if type(a) is int and type(b) is int and b > 1 and abs(a) > 1:
        limits._int_bits((a.bit_length() - 1) * b + 1, "**")


def _size_of_lshift(a, b):
    if type(a) is int and type(b) is int and a and b > 0:
        limits._int_bits(a.bit_length() + b, "<<")


INPLACE.update({"*": _inplace_mul,
                "**": _guarded_inplace(_size_of_pow, operator.ipow),
                "<<": _guarded_inplace(_size_of_lshift, operator.ilshift),
                "%": lambda a, b: limits.safe_mod(a, b) if type(a) is str
                else operator.imod(a, b)})

UNARY = {"-": operator.neg, "+": operator.pos, "~": operator.invert, "not": operator.not_}
COMPARE = {"<": operator.lt, ">": operator.gt, "==": operator.eq, ">=": operator.ge,
           "<=": operator.le, "!=": operator.ne, "in": _contains, "not in": _not_contains,
           "is": _is, "is not": _is_not}
CONVERSIONS = {"r": repr, "s": str, "a": ascii}
#: NumPy keyword names PyTorch's argument parser accepts for its own
NUMPY_KEYWORDS = {"axis": "dim", "keepdims": "keepdim"}


def unbound_local(name: str) -> UnboundLocalError:
    return UnboundLocalError(
        f"cannot access local variable '{name}' where it is not associated with a value")


def unbound_free(name: str) -> NameError:
    return NameError(f"cannot access free variable '{name}' where it is not associated "
                     f"with a value in enclosing scope")


class ExprCompiler:
    """Mixin with one ``e_<Node>`` method per expression type."""

    globals: dict
    builtins: dict

    def expr(self, node, scope):
        return getattr(self, "e_" + type(node).__name__)(node, scope)

    def exprs(self, nodes, scope):
        return [self.expr(n, scope) for n in nodes]

    # ---- names and constants
    def e_Constant(self, node, scope):
        value = node.value
        return lambda fr: value

    def zero_arg_super(self, node, scope):
        """``super()`` in a method: the method's class (known once the class statement has
        run) and its first argument, as Python's implicit ``__class__`` cell gives them."""
        from gradcli.script_classes import Super
        holder = scope.parent.class_holder
        first = self.expr(ast.Name(scope.params[0], span=node.span), scope)
        span = node.span

        def super0(fr):
            try:
                return Super(holder[0], first(fr))
            except BaseException as err:
                annotate(err, span)
                raise
        return super0

    def e_Name(self, node, scope):
        name, span = node.id, node.span
        kind = scope.kind_of(name)
        if kind == "local":
            i = scope.slots[name]

            def load_local(fr):
                value = fr[i]
                if value is UNBOUND:
                    err = unbound_local(name)
                    annotate(err, span)
                    raise err
                return value
            return load_local
        if kind == "cell":
            i = scope.slots[name]
            make_error = unbound_free if name in scope.free else unbound_local

            def load_cell(fr):
                value = fr[i].v
                if value is UNBOUND:
                    err = make_error(name)
                    annotate(err, span)
                    raise err
                return value
            return load_cell
        g, b = self.globals, self.builtins

        def load_global(fr):
            try:
                return g[name]
            except KeyError:
                pass
            try:
                return b[name]
            except KeyError:
                pass
            err = NameError(f"name '{name}' is not defined")
            annotate(err, span)
            raise err
        return load_global

    # ---- operators
    def e_BinOp(self, node, scope):
        op, span = BINARY[node.op], node.span
        left, right = self.expr(node.left, scope), self.expr(node.right, scope)

        def binop(fr):
            try:
                return op(left(fr), right(fr))
            except BaseException as err:
                annotate(err, span)
                raise
        return binop

    def e_UnaryOp(self, node, scope):
        op, span = UNARY[node.op], node.span
        operand = self.expr(node.operand, scope)

        def unary(fr):
            try:
                return op(operand(fr))
            except BaseException as err:
                annotate(err, span)
                raise
        return unary

    def e_BoolOp(self, node, scope):
        # Python tests the truth of every operand but the last, which is returned as is
        # (`hidden or torch.zeros(2)` never asks a tensor for its truth value)
        values = self.exprs(node.values, scope)
        head, last = values[:-1], values[-1]
        if node.op == "and":
            def both(fr):
                for value in head:
                    result = value(fr)
                    if not result:
                        return result
                return last(fr)
            return both

        def either(fr):
            for value in head:
                result = value(fr)
                if result:
                    return result
            return last(fr)
        return either

    def e_Compare(self, node, scope):
        span = node.span
        left = self.expr(node.left, scope)
        ops = [COMPARE[o] for o in node.ops]
        rights = self.exprs(node.comparators, scope)
        if len(ops) == 1:
            op, right = ops[0], rights[0]

            def compare(fr):
                try:
                    return op(left(fr), right(fr))
                except BaseException as err:
                    annotate(err, span)
                    raise
            return compare
        pairs = list(zip(ops, rights))

        def chain(fr):
            try:
                a = left(fr)
                result = True
                for op, right in pairs:
                    b = right(fr)
                    result = op(a, b)
                    if not result:
                        return result
                    a = b
                return result
            except BaseException as err:
                annotate(err, span)
                raise
        return chain

    def e_IfExp(self, node, scope):
        test, body, orelse = (self.expr(n, scope) for n in (node.test, node.body, node.orelse))
        return lambda fr: body(fr) if test(fr) else orelse(fr)

    # ---- attribute, subscript, call
    def e_Attribute(self, node, scope):
        value, span = self.expr(node.value, scope), node.span
        get = make_getter(node.attr)

        def attribute(fr):
            try:
                return get(value(fr))
            except BaseException as err:
                annotate(err, span)
                raise
        return attribute

    def e_Subscript(self, node, scope):
        value, index, span = self.expr(node.value, scope), self.expr(node.index, scope), node.span

        def subscript(fr):
            try:
                return value(fr)[index(fr)]
            except BaseException as err:
                annotate(err, span)
                raise
        return subscript

    def e_Slice(self, node, scope):
        none = lambda fr: None  # noqa: E731
        lower, upper, step = (none if p is None else self.expr(p, scope)
                              for p in (node.lower, node.upper, node.step))
        return lambda fr: slice(lower(fr), upper(fr), step(fr))

    def e_Call(self, node, scope):
        if (not node.args and not node.keywords and isinstance(node.func, ast.Name)
                and node.func.id == "super" and scope.kind == "function"
                and scope.parent is not None and scope.parent.kind == "class"
                and scope.params and scope.kind_of("super") == "global"):
            return self.zero_arg_super(node, scope)
        func, span = self.expr(node.func, scope), node.span
        simple = not node.keywords and not any(isinstance(a, ast.Starred) for a in node.args)
        if simple and len(node.args) <= 2:
            args = self.exprs(node.args, scope)
            if not args:
                def call0(fr):
                    try:
                        return func(fr)()
                    except BaseException as err:
                        annotate(err, span)
                        raise
                return call0
            if len(args) == 1:
                a0 = args[0]

                def call1(fr):
                    try:
                        return func(fr)(a0(fr))
                    except BaseException as err:
                        annotate(err, span)
                        raise
                return call1
            a0, a1 = args

            def call2(fr):
                try:
                    return func(fr)(a0(fr), a1(fr))
                except BaseException as err:
                    annotate(err, span)
                    raise
            return call2
        positional = self.sequence(node.args, scope)
        keywords = self.keywords(node.keywords, scope)
        if any(k.name in NUMPY_KEYWORDS for k in node.keywords):
            # PyTorch's argument parser takes NumPy's names too: axis= for dim=, keepdims=
            # for keepdim= (`P.sum(1, keepdims=True)` in makemore)
            def call_aliased(fr):
                try:
                    f = func(fr)
                    kw = keywords(fr)
                    if (getattr(f, "__module__", None) or "").startswith("gradcli.tensor"):
                        kw = {NUMPY_KEYWORDS.get(k, k): v for k, v in kw.items()}
                    return f(*positional(fr), **kw)
                except BaseException as err:
                    annotate(err, span)
                    raise
            return call_aliased

        def call(fr):
            try:
                f = func(fr)
                return f(*positional(fr), **keywords(fr))
            except BaseException as err:
                annotate(err, span)
                raise
        return call

    def sequence(self, nodes, scope):
        """Elements with optional ``*iterable`` entries -> fn(fr) -> list."""
        if not any(isinstance(n, ast.Starred) for n in nodes):
            items = self.exprs(nodes, scope)
            return lambda fr: [item(fr) for item in items]
        parts = [(isinstance(n, ast.Starred), self.expr(n.value if isinstance(n, ast.Starred)
                                                         else n, scope), n.span)
                 for n in nodes]

        def build(fr):
            out = []
            for starred, part, span in parts:
                if starred:
                    value = part(fr)
                    try:
                        out.extend(value)
                    except TypeError:
                        err = TypeError(f"Value after * must be an iterable, not "
                                        f"{type(value).__name__}")
                        annotate(err, span)
                        raise err from None
                else:
                    out.append(part(fr))
            return out
        return build

    def keywords(self, keywords, scope):
        parts = [(k.name, self.expr(k.value, scope), k.span) for k in keywords]

        def build(fr):
            out = {}
            for name, value, span in parts:
                if name is not None:
                    if name in out:
                        err = TypeError(f"got multiple values for keyword argument '{name}'")
                        annotate(err, span)
                        raise err
                    out[name] = value(fr)
                    continue
                mapping = value(fr)
                if not isinstance(mapping, dict):
                    err = TypeError(f"argument after ** must be a mapping, not "
                                    f"{type(mapping).__name__}")
                    annotate(err, span)
                    raise err
                for key, item in mapping.items():
                    if key in out:
                        err = TypeError(f"got multiple values for keyword argument '{key}'")
                        annotate(err, span)
                        raise err
                    out[key] = item
            return out
        return build

    # ---- displays
    def e_Tuple(self, node, scope):
        if not node.elts:
            return lambda fr: ()
        items = self.sequence(node.elts, scope)
        return lambda fr: tuple(items(fr))

    def e_List(self, node, scope):
        return self.sequence(node.elts, scope)

    def e_Set(self, node, scope):
        items = self.sequence(node.elts, scope)
        span = node.span

        def build(fr):
            try:
                return set(items(fr))
            except BaseException as err:
                annotate(err, span)
                raise
        return build

    def e_Dict(self, node, scope):
        parts = [(None if k is None else self.expr(k, scope), self.expr(v, scope), v.span)
                 for k, v in zip(node.keys, node.values)]
        span = node.span

        def build(fr):
            out = {}
            try:
                for key, value, vspan in parts:
                    if key is None:
                        mapping = value(fr)
                        if not hasattr(type(mapping), "keys"):
                            err = TypeError(f"'{type(mapping).__name__}' object is not a mapping")
                            annotate(err, vspan)
                            raise err
                        out.update(mapping)
                    else:
                        k = key(fr)
                        out[k] = value(fr)
            except BaseException as err:
                annotate(err, span)
                raise
            return out
        return build

    def e_Starred(self, node, scope):   # only reached in an invalid position
        raise ScriptSyntaxError("can't use starred expression here", node.span)

    # ---- f-strings
    def e_FString(self, node, scope):
        parts = []
        for part in node.parts:
            if isinstance(part, str):
                parts.append(part)
            else:
                parts.append(self.formatted(part, scope))
        if len(parts) == 1 and not isinstance(parts[0], str):
            return parts[0]
        pieces = [(p if not isinstance(p, str) else (lambda fr, s=p: s)) for p in parts]
        return lambda fr: "".join([piece(fr) for piece in pieces])

    def formatted(self, node, scope):
        value, span = self.expr(node.value, scope), node.span
        convert = CONVERSIONS.get(node.conversion)
        spec = self.e_FString(node.spec, scope) if node.spec is not None else None

        def field(fr):
            try:
                v = value(fr)
                if convert is not None:
                    v = convert(v)
                return limits.safe_format(v, spec(fr) if spec is not None else "")
            except BaseException as err:
                annotate(err, span)
                raise
        return field
