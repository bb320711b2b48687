"""AST -> Python closures, compiled once per run; never eval/exec of user text.

Statements compile to ``fn(frame) -> signal`` where the signal is ``None``
(go on), ``BREAK``, ``CONTINUE`` or ``RETURN`` (value in ``frame[0]``).  Each
statement records its line in :data:`gradcli.errors.WHERE` (for warnings) and
attaches its span to an escaping exception unless an inner expression did.

Entry point: :func:`compile_module`.
"""

from __future__ import annotations

import sys

from gradcli import syntax as ast
from gradcli.compiler_expr import INPLACE, ExprCompiler
from gradcli.compiler_func import RETURN, CallState, FunctionCompiler
from gradcli.compiler_scope import analyze
from gradcli.compiler_store import StoreCompiler
from gradcli.errors import (SCRIPT_RAISED_ATTR, WHERE, ScriptImportError,
                            ScriptRecursionError, ScriptSyntaxError, annotate)
from gradcli.runtime import ALLOWED_MODULES, Importer, make_getter, set_attribute

BREAK = type("BreakSignal", (), {"__repr__": lambda self: "BREAK", "__slots__": ()})()
CONTINUE = type("ContinueSignal", (), {"__repr__": lambda self: "CONTINUE", "__slots__": ()})()


def _nothing(fr):
    return None


def compile_module(module: ast.Module, globals_dict: dict, builtins_dict: dict,
                   importer: Importer | None = None, state: CallState | None = None):
    """Compile ``module``; return a zero-argument callable that runs it."""
    compiler = Compiler(module, globals_dict, builtins_dict, importer or Importer(),
                        state or CallState())
    body = compiler.block(module.body, compiler.top)

    def run() -> None:
        body([None])
    return run


class Compiler(StoreCompiler, FunctionCompiler, ExprCompiler):
    def __init__(self, module, globals_dict, builtins_dict, importer, state):
        self.globals = globals_dict
        self.builtins = builtins_dict
        self.importer = importer
        self.state = state
        self.top, self.scopes = analyze(module)
        self.loop_depth = 0
        self.in_function = False

    # ---- blocks and statements
    def block(self, stmts, scope):
        fns = tuple(self.stmt(s, scope) for s in stmts)
        if not fns:
            return _nothing
        if len(fns) == 1:
            return fns[0]

        def run_block(fr):
            for fn in fns:
                signal = fn(fr)
                if signal is not None:
                    return signal
            return None
        return run_block

    def stmt(self, node, scope):
        line, span, where, state = node.span.line, node.span, WHERE, self.state
        if type(node) is ast.ExprStmt:      # the hottest kind: one closure, value dropped
            try:
                value = self.expr(node.value, scope)
            except RecursionError:
                raise ScriptRecursionError("maximum recursion depth exceeded during "
                                           "compilation", span) from None

            def expression_statement(fr):
                where.lineno = line
                try:
                    state.budget -= 1       # the step/time limits: see gradcli.limits
                    if state.budget < 0:
                        state.meter.checkpoint()
                    value(fr)
                except BaseException as err:
                    annotate(err, span)
                    raise
            return expression_statement
        try:
            fn = getattr(self, "s_" + type(node).__name__)(node, scope)
        except RecursionError:
            raise ScriptRecursionError("maximum recursion depth exceeded during compilation",
                                       span) from None

        def statement(fr):
            where.lineno = line
            try:
                state.budget -= 1
                if state.budget < 0:
                    state.meter.checkpoint()
                return fn(fr)
            except BaseException as err:
                annotate(err, span)
                raise
        return statement

    def loop_body(self, stmts, scope):
        self.loop_depth += 1
        try:
            return self.block(stmts, scope)
        finally:
            self.loop_depth -= 1

    def function_body(self, stmts, scope):
        saved = self.loop_depth, self.in_function
        self.loop_depth, self.in_function = 0, True
        try:
            return self.block(stmts, scope)
        finally:
            self.loop_depth, self.in_function = saved

    def tick(self):
        """Loop iterations are not counted separately: each statement of the body is."""
        return None

    # ---- simple statements
    def s_Pass(self, node, scope):
        return _nothing

    def s_Assign(self, node, scope):
        value = self.expr(node.value, scope)
        stores = [self.store(t, scope) for t in node.targets]
        if len(stores) == 1:
            store = stores[0]

            def assign(fr):
                store(fr, value(fr))
            return assign

        def assign_many(fr):
            v = value(fr)
            for store in stores:
                store(fr, v)
        return assign_many

    def s_AnnAssign(self, node, scope):
        if node.value is None:
            return _nothing
        value, store = self.expr(node.value, scope), self.store(node.target, scope)

        def assign(fr):
            store(fr, value(fr))
        return assign

    def s_AugAssign(self, node, scope):
        op, target, span = INPLACE[node.op], node.target, node.span
        value = self.expr(node.value, scope)
        if isinstance(target, ast.Name):
            load, store = self.expr(target, scope), self.store(target, scope)

            def aug_name(fr):
                current = load(fr)
                try:
                    result = op(current, value(fr))
                except BaseException as err:
                    annotate(err, span)
                    raise
                store(fr, result)
            return aug_name
        obj = self.expr(target.value, scope)
        if isinstance(target, ast.Attribute):
            name, get = target.attr, make_getter(target.attr)

            def aug_attr(fr):
                o = obj(fr)
                try:
                    current = get(o)
                except Exception as err:
                    annotate(err, target.span)
                    raise
                try:
                    result = op(current, value(fr))
                except BaseException as err:
                    annotate(err, span)
                    raise
                set_attribute(o, name, result)
            return aug_attr
        index = self.expr(target.index, scope)

        def aug_item(fr):
            o, i = obj(fr), index(fr)
            try:
                current = o[i]
            except Exception as err:
                annotate(err, target.span)
                raise
            try:
                result = op(current, value(fr))
            except BaseException as err:
                annotate(err, span)
                raise
            o[i] = result
        return aug_item

    def s_Return(self, node, scope):
        if not self.in_function:
            raise ScriptSyntaxError("'return' outside function", node.span)
        if node.value is None:
            def return_none(fr):
                fr[0] = None
                return RETURN
            return return_none
        value = self.expr(node.value, scope)

        def return_value(fr):
            fr[0] = value(fr)
            return RETURN
        return return_value

    def s_Break(self, node, scope):
        if not self.loop_depth:
            raise ScriptSyntaxError("'break' outside loop", node.span)
        return lambda fr: BREAK

    def s_Continue(self, node, scope):
        if not self.loop_depth:
            raise ScriptSyntaxError("'continue' not properly in loop", node.span)
        return lambda fr: CONTINUE

    def s_Global(self, node, scope):
        return _nothing

    s_Nonlocal = s_Global

    def s_Assert(self, node, scope):
        test = self.expr(node.test, scope)
        msg = None if node.msg is None else self.expr(node.msg, scope)

        def check(fr):
            if not test(fr):
                err = AssertionError() if msg is None else AssertionError(msg(fr))
                err.__dict__[SCRIPT_RAISED_ATTR] = True
                raise err
        return check

    def s_Raise(self, node, scope):
        if node.exc is None:
            def reraise(fr):
                current = sys.exc_info()[1]
                if current is None:
                    raise RuntimeError("No active exception to reraise")
                raise current
            return reraise
        exc = self.expr(node.exc, scope)
        cause = None if node.cause is None else self.expr(node.cause, scope)

        def do_raise(fr):
            value = _exception_instance(exc(fr))
            value.__dict__[SCRIPT_RAISED_ATTR] = True
            if cause is not None:
                reason = cause(fr)
                if reason is not None:
                    reason = _exception_instance(reason, "exception causes")
                raise value from reason
            raise value
        return do_raise

    def s_Delete(self, node, scope):
        deleters = [self.deleter(t, scope) for t in node.targets]

        def delete(fr):
            for d in deleters:
                d(fr)
        return delete

    def s_Import(self, node, scope):
        importer, binds = self.importer, []
        for dotted, asname in node.names:
            self.check_module(dotted, node)
            store = self.store_name(asname or dotted.split(".")[0], scope)
            binds.append((dotted, asname, store))

        def do_import(fr):
            for dotted, asname, store in binds:
                module = importer.module(dotted)
                store(fr, module if asname else importer.root(dotted.split(".")[0]))
        return do_import

    def s_ImportFrom(self, node, scope):
        importer, module_name = self.importer, node.module
        self.check_module(module_name, node)
        if module_name == "__future__":
            return _nothing
        if node.names is None:
            g = self.globals
            if scope.is_function:
                raise ScriptSyntaxError("import * only allowed at module level", node.span)

            def import_star(fr):
                module = importer.module(module_name)
                for name in module.public_names():
                    g[name] = module.member(name)
            return import_star
        binds = [(name, self.store_name(asname or name, scope)) for name, asname in node.names]

        def do_import(fr):
            for name, store in binds:
                store(fr, importer.from_import(module_name, name))
        return do_import

    def check_module(self, dotted: str, node) -> None:
        root = dotted.split(".")[0]
        if root not in ALLOWED_MODULES:
            raise ScriptImportError(f"import of '{dotted}' is not supported "
                                    f"(scripts may import torch, math and collections)", node.span)

    # ---- compound statements
    def s_If(self, node, scope):
        test, body = self.expr(node.test, scope), self.block(node.body, scope)
        orelse = self.block(node.orelse, scope)

        span = node.test.span

        def if_stmt(fr):
            try:
                chosen = body if test(fr) else orelse
            except Exception as err:    # bool() of the value failed
                annotate(err, span)
                raise
            return chosen(fr)
        return if_stmt

    def s_While(self, node, scope):
        test, body = self.expr(node.test, scope), self.loop_body(node.body, scope)
        orelse, tick = self.block(node.orelse, scope), self.tick()

        span = node.test.span

        def truth(fr):
            try:
                return True if test(fr) else False
            except Exception as err:    # bool() of the value failed
                annotate(err, span)
                raise

        def while_stmt(fr):
            while truth(fr):
                if tick is not None:
                    tick()
                signal = body(fr)
                if signal is not None:
                    if signal is BREAK:
                        return None
                    if signal is not CONTINUE:
                        return signal
            return orelse(fr)
        return while_stmt

    def s_For(self, node, scope):
        iterable, store = self.expr(node.iter, scope), self.store(node.target, scope)
        body, orelse = self.loop_body(node.body, scope), self.block(node.orelse, scope)
        span, tick = node.iter.span, self.tick()

        def for_stmt(fr):
            try:
                iterator = iter(iterable(fr))
            except BaseException as err:
                annotate(err, span)
                raise
            for item in iterator:
                if tick is not None:
                    tick()
                store(fr, item)
                signal = body(fr)
                if signal is not None:
                    if signal is BREAK:
                        return None
                    if signal is not CONTINUE:
                        return signal
            return orelse(fr)
        return for_stmt

    def s_Try(self, node, scope):
        body = self.block(node.body, scope)
        handlers = []
        for h in node.handlers:
            etype = None if h.type is None else self.expr(h.type, scope)
            bind = unbind = None
            if h.name is not None:
                bind = self.store_name(h.name, scope)
                unbind = self.deleter(ast.Name(h.name, span=h.span), scope, quiet=True)
            handlers.append((etype, bind, unbind, self.block(h.body, scope), h.span))
        orelse = self.block(node.orelse, scope) if node.orelse else None
        final = self.block(node.finalbody, scope) if node.finalbody else None

        def try_stmt(fr):
            try:
                try:
                    signal = body(fr)
                except Exception as err:
                    for etype, bind, unbind, handler, hspan in handlers:
                        if etype is not None and not _matches(err, etype(fr), hspan):
                            continue
                        if bind is None:
                            return handler(fr)
                        bind(fr, err)
                        try:
                            return handler(fr)
                        finally:
                            unbind(fr)
                    raise
                if signal is None and orelse is not None:
                    return orelse(fr)
                return signal
            finally:
                if final is not None:
                    signal = final(fr)
                    if signal is not None:
                        return signal   # noqa: B012 - Python's semantics: it wins
        return try_stmt

    def s_With(self, node, scope):
        inner = self.block(node.body, scope)
        for ctx_node, target in reversed(node.items):
            inner = self.with_item(ctx_node, target, inner, scope)
        return inner

    def with_item(self, ctx_node, target, inner, scope):
        manager_of, span = self.expr(ctx_node, scope), ctx_node.span
        store = None if target is None else self.store(target, scope)

        def with_stmt(fr):
            manager = manager_of(fr)
            kind = type(manager)
            enter, leave = getattr(kind, "__enter__", None), getattr(kind, "__exit__", None)
            if enter is None or leave is None:
                err = TypeError(f"'{kind.__name__}' object does not support the context "
                                f"manager protocol")
                annotate(err, span)
                raise err
            value = enter(manager)
            if store is not None:
                store(fr, value)
            try:
                signal = inner(fr)
            except BaseException as err:
                if not leave(manager, type(err), err, err.__traceback__):
                    raise
                return None
            leave(manager, None, None, None)
            return signal
        return with_stmt

    def s_FunctionDef(self, node, scope):
        decorators = self.exprs(node.decorators, scope)
        make = self.function_maker(node, scope, node.name, node.body, False)
        store = self.store_name(node.name, scope)

        def define(fr):
            wrappers = [d(fr) for d in decorators]
            function = make(fr)
            for wrap in reversed(wrappers):
                function = wrap(function)
            store(fr, function)
        return define


    def s_ClassDef(self, node, scope):
        from gradcli.compiler_expr import UNBOUND
        from gradcli.script_classes import make_class
        decorators = self.exprs(node.decorators, scope)
        bases = self.exprs(node.bases, scope)
        inner = self.scopes[id(node)]
        inner.class_holder = holder = [None]   # read by super() in the methods
        saved = self.loop_depth, self.in_function
        self.loop_depth, self.in_function = 0, False
        try:
            body = self.block(node.body, inner)
        finally:
            self.loop_depth, self.in_function = saved
        store = self.store_name(node.name, scope)
        slots = list(inner.slots.items())
        nslots, name, span = inner.nslots, node.name, node.span

        def define(fr):
            wrappers = [d(fr) for d in decorators]
            base_values = tuple(b(fr) for b in bases)
            cf = [UNBOUND] * nslots
            body(cf)
            namespace = {n: cf[i] for n, i in slots if cf[i] is not UNBOUND}
            try:
                cls = make_class(name, base_values, namespace)
            except BaseException as err:
                annotate(err, span)
                raise
            holder[0] = cls
            for wrap in reversed(wrappers):
                cls = wrap(cls)
            store(fr, cls)
        return define


def _exception_instance(value, what: str = "exceptions"):
    if isinstance(value, type) and issubclass(value, BaseException):
        return value()
    if isinstance(value, BaseException):
        return value
    raise TypeError(f"{what} must derive from BaseException")


def _matches(err: BaseException, etype, span) -> bool:
    kinds = etype if isinstance(etype, tuple) else (etype,)
    for kind in kinds:
        if not (isinstance(kind, type) and issubclass(kind, BaseException)):
            problem = TypeError("catching classes that do not inherit from BaseException "
                                "is not allowed")
            annotate(problem, span)
            raise problem
    return isinstance(err, etype)
