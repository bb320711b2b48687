"""Scopes that make frames: ``def``, ``lambda`` and comprehensions.

Script functions are real Python callables (the engine calls hooks, ``sorted``
calls key functions, decorators wrap them).  Arguments are bound with Python's
rules and error texts; a call-depth counter gives Python's RecursionError.
"""

from __future__ import annotations

from gradcli import syntax as ast
from gradcli.compiler_expr import UNBOUND, Cell
from gradcli.errors import WHERE, annotate

RETURN = type("ReturnSignal", (), {"__repr__": lambda self: "RETURN", "__slots__": ()})()


class CallState:
    """Per-run call depth (for RecursionError) and the optional step budget."""

    __slots__ = ("depth", "max_depth", "budget", "meter")

    def __init__(self, max_depth: int = 998, max_steps: int | None = None, limits=None):
        from gradcli import limits as limits_mod
        if limits is None:
            limits = limits_mod.CONFIGURED if max_steps is None else \
                limits_mod.Limits(max_steps=max_steps, max_depth=max_depth)
        self.depth = 0
        self.max_depth = limits.max_depth
        self.budget = 0
        #: counts statements in chunks: ``budget`` going negative calls meter.checkpoint()
        self.meter = limits_mod.Meter(self, limits)


def _quoted_list(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


class FunctionCode:
    """Everything about a def/lambda that does not change between calls."""

    def __init__(self, qualname: str, name: str, scope, params: ast.Params, body, state):
        self.qualname = qualname
        self.name = name
        self.nslots = scope.nslots
        self.names = list(params.names)
        self.posonly = params.posonly
        self.vararg_slot = scope.slots[params.vararg] if params.vararg else None
        self.kwonly = list(params.kwonly)
        self.kwarg_slot = scope.slots[params.kwarg] if params.kwarg else None
        self.keyword_slots = {n: scope.slots[n] for n in self.names[self.posonly:]}
        self.keyword_slots.update({n: scope.slots[n] for n in self.kwonly})
        self.simple = params.vararg is None and params.kwarg is None and not params.kwonly
        self.cell_slots = [scope.slots[n] for n in scope.slots
                           if n in scope.cells and n not in scope.free]
        self.free_slots = [scope.slots[n] for n in scope.free]
        self.body = body
        self.state = state

    def bind(self, fr: list, args: tuple, kwargs: dict, defaults: list, kw_defaults: dict):
        """Put arguments into frame slots, with Python's error messages."""
        names, qual = self.names, self.qualname
        n = len(names)
        if len(args) > n:
            if self.vararg_slot is None:
                raise TypeError(self._too_many(len(args), len(defaults)))
            fr[self.vararg_slot] = tuple(args[n:])
            args = args[:n]
        elif self.vararg_slot is not None:
            fr[self.vararg_slot] = ()
        for i, value in enumerate(args):
            fr[i + 1] = value
        extra = {} if self.kwarg_slot is not None else None
        for key, value in kwargs.items():
            slot = self.keyword_slots.get(key)
            if slot is None:
                if extra is None:
                    if key in names[:self.posonly]:
                        raise TypeError(f"{qual}() got some positional-only arguments passed "
                                        f"as keyword arguments: '{key}'")
                    raise TypeError(f"{qual}() got an unexpected keyword argument '{key}'")
                extra[key] = value
                continue
            if fr[slot] is not UNBOUND:
                raise TypeError(f"{qual}() got multiple values for argument '{key}'")
            fr[slot] = value
        first_default = n - len(defaults)
        missing = []
        for i in range(len(args), n):
            if fr[i + 1] is UNBOUND:
                if i >= first_default:
                    fr[i + 1] = defaults[i - first_default]
                else:
                    missing.append(names[i])
        if missing:
            plural = "s" if len(missing) > 1 else ""
            raise TypeError(f"{qual}() missing {len(missing)} required positional "
                            f"argument{plural}: {_quoted_list(missing)}")
        missing = []
        for name in self.kwonly:
            slot = self.keyword_slots[name]
            if fr[slot] is UNBOUND:
                if name in kw_defaults:
                    fr[slot] = kw_defaults[name]
                else:
                    missing.append(name)
        if missing:
            plural = "s" if len(missing) > 1 else ""
            raise TypeError(f"{qual}() missing {len(missing)} required keyword-only "
                            f"argument{plural}: {_quoted_list(missing)}")
        if extra is not None:
            fr[self.kwarg_slot] = extra

    def _too_many(self, given: int, ndefaults: int) -> str:
        n = len(self.names)
        if ndefaults:
            takes = f"from {n - ndefaults} to {n} positional arguments"
        else:
            takes = f"{n} positional argument{'s' if n != 1 else ''}"
        was = "was" if given == 1 else "were"
        return f"{self.qualname}() takes {takes} but {given} {was} given"


def callable_factory(code: FunctionCode):
    """``make(defaults, kw_defaults, cells)`` -> a real Python function that runs ``code``
    in a fresh frame per call. Built once per def/lambda: each function object then holds
    only its own defaults and captured cells (a few GC-tracked objects per closure, which
    matters when a script makes a closure per operation, as micrograd's `Value` does)."""
    nslots, nargs, simple = code.nslots, len(code.names), code.simple
    cell_slots, free_slots, body, state = code.cell_slots, code.free_slots, code.body, code.state
    where = WHERE
    bind = code.bind
    name, qualname = code.name, code.qualname

    def make(defaults, kw_defaults, cells):
        def script_function(*args, **kwargs):
            fr = [UNBOUND] * nslots
            if simple and not kwargs and len(args) == nargs:
                fr[1:nargs + 1] = args
            else:
                bind(fr, args, kwargs, defaults, kw_defaults)
            for i in cell_slots:
                fr[i] = Cell(fr[i])
            if cells:
                for i, cell in zip(free_slots, cells):
                    fr[i] = cell
            depth = state.depth + 1
            if depth > state.max_depth:
                raise RecursionError("maximum recursion depth exceeded")
            state.depth = depth
            line = where.lineno
            try:
                if body(fr) is RETURN:
                    return fr[0]
                return None
            finally:
                state.depth = depth - 1
                where.lineno = line

        script_function.__name__ = name
        script_function.__qualname__ = qualname
        return script_function
    return make


_NO_DEFAULTS: tuple = ()
_NO_KW_DEFAULTS: dict = {}   # only ever read


class FunctionCompiler:
    """Mixin: def/lambda objects and comprehensions."""

    def function_maker(self, node, scope, name: str, body_node, is_lambda: bool):
        """fn(fr) -> new script function (evaluates defaults, captures cells)."""
        inner = self.scopes[id(node)]
        params = node.params
        defaults = self.exprs(params.defaults, scope)
        kw_defaults = [(k, self.expr(v, scope)) for k, v in params.kw_defaults.items()]
        if is_lambda:
            value = self.expr(body_node, inner)
            span = getattr(body_node, "span", None)
            line = span.line if span is not None else None
            where = WHERE

            def body(fr):
                if line is not None:  # warnings inside point at the lambda, as in Python
                    where.lineno = line
                fr[0] = value(fr)
                return RETURN
        else:
            body = self.function_body(body_node, inner)
        code = FunctionCode(inner.name, name, inner, params, body, self.state)
        outer_slots = tuple(scope.slots[n] for n in inner.free)
        build = callable_factory(code)

        def make(fr):
            return build(tuple([d(fr) for d in defaults]) if defaults else _NO_DEFAULTS,
                         {k: v(fr) for k, v in kw_defaults} if kw_defaults
                         else _NO_KW_DEFAULTS,
                         tuple([fr[i] for i in outer_slots]) if outer_slots else ())
        return make

    def e_Lambda(self, node, scope):
        return self.function_maker(node, scope, "<lambda>", node.body, True)

    # ---- comprehensions
    def frame_maker(self, inner, scope):
        nslots = inner.nslots
        cells = [inner.slots[n] for n in inner.slots if n in inner.cells and n not in inner.free]
        free = [(inner.slots[n], scope.slots[n]) for n in inner.free]

        def new_frame(fr):
            cf = [UNBOUND] * nslots
            for i in cells:
                cf[i] = Cell()
            for i, j in free:
                cf[i] = fr[j]
            return cf
        return new_frame

    def comp_levels(self, node, inner, emit=None, elt=None):
        """Nested loops over node.generators; the innermost calls ``emit(cf)``."""
        gens = node.generators
        run_next = None
        for k in range(len(gens) - 1, -1, -1):
            run_next = self._comp_level(gens[k], inner, run_next,
                                        self.expr(gens[k + 1].iter, inner)
                                        if k + 1 < len(gens) else None, emit, elt)
        return run_next

    def _comp_level(self, gen, inner, run_next, next_iter, emit, elt):
        store = self.store(gen.target, inner)
        ifs = self.exprs(gen.ifs, inner)
        state = self.state
        if emit is None:    # generator expression

            def gen_level(cf, iterable):
                for item in iterable:
                    state.budget -= 1
                    if state.budget < 0:
                        state.meter.checkpoint()
                    store(cf, item)
                    if ifs and not all(cond(cf) for cond in ifs):
                        continue
                    if run_next is None:
                        yield elt(cf)
                    else:
                        yield from run_next(cf, next_iter(cf))
            return gen_level

        def level(cf, iterable):
            for item in iterable:
                state.budget -= 1
                if state.budget < 0:
                    state.meter.checkpoint()
                store(cf, item)
                if ifs and not all(cond(cf) for cond in ifs):
                    continue
                if run_next is None:
                    emit(cf)
                else:
                    run_next(cf, next_iter(cf))
        return level

    def _comprehension(self, node, scope, kind):
        inner = self.scopes[id(node)]
        first_iter = self.expr(node.generators[0].iter, scope)
        new_frame = self.frame_maker(inner, scope)
        span = node.generators[0].iter.span
        if kind == "dict":
            key, value = self.expr(node.key, inner), self.expr(node.value, inner)

            def emit(cf):
                cf[0][key(cf)] = value(cf)
        else:
            elt = self.expr(node.elt, inner)
            if kind == "list":
                def emit(cf):
                    cf[0].append(elt(cf))
            else:
                def emit(cf):
                    cf[0].add(elt(cf))
        run = self.comp_levels(node, inner, emit)
        factory = {"list": list, "set": set, "dict": dict}[kind]

        def comprehension(fr):
            iterable = first_iter(fr)
            try:
                iterator = iter(iterable)
            except TypeError as err:
                annotate(err, span)
                raise
            cf = new_frame(fr)
            cf[0] = factory()
            run(cf, iterator)
            return cf[0]
        return comprehension

    def e_ListComp(self, node, scope):
        return self._comprehension(node, scope, "list")

    def e_SetComp(self, node, scope):
        return self._comprehension(node, scope, "set")

    def e_DictComp(self, node, scope):
        return self._comprehension(node, scope, "dict")

    def e_GeneratorExp(self, node, scope):
        inner = self.scopes[id(node)]
        first_iter = self.expr(node.generators[0].iter, scope)
        new_frame = self.frame_maker(inner, scope)
        elt = self.expr(node.elt, inner)
        run = self.comp_levels(node, inner, None, elt)
        span = node.generators[0].iter.span

        def generator(fr):
            try:
                iterator = iter(first_iter(fr))
            except TypeError as err:
                annotate(err, span)
                raise
            return run(new_frame(fr), iterator)
        return generator
