"""Symbol tables: which names are local, captured (cells), free or global.

Python's rules, computed once before compiling:

* the module scope keeps every name in the globals dict;
* a function (``def``, ``lambda``) or comprehension scope owns every name it
  binds (assignment, ``for`` target, ``def``, ``import``, ``except ... as``,
  ``with ... as``, ``del``, parameters), unless declared ``global``/``nonlocal``;
* a name used but not bound is looked up in the enclosing *function* scopes
  (the module is skipped), else it is global (then builtin);
* a local that an inner scope uses becomes a *cell*; scopes in between pass it
  through as *free* variables.

Each function-like scope gets frame slots: 0 holds the return value, then the
parameters, then the other locals, then the free variables.
"""

from __future__ import annotations

from gradcli import syntax as ast
from gradcli.errors import ScriptSyntaxError


class Scope:
    """One scope and, after :func:`analyze`, the slot of each of its names."""

    def __init__(self, kind: str, parent: "Scope | None", name: str, node=None):
        self.kind = kind            # 'module' | 'function' | 'comprehension' | 'class'
        self.parent = parent
        self.name = name            # qualified name prefix, e.g. "outer.<locals>.inner"
        self.node = node
        self.params: list[str] = []
        self.bound: dict[str, object] = {}   # name -> first node that binds it
        self.used: dict[str, object] = {}
        self.globals: set[str] = set()
        self.nonlocals: set[str] = set()
        self.nonlocal_nodes: dict[str, object] = {}
        self.cells: set[str] = set()
        self.free: list[str] = []
        self.slots: dict[str, int] = {}
        self.children: list[Scope] = []

    @property
    def is_function(self) -> bool:
        return self.kind != "module"

    def owns(self, name: str) -> bool:
        """True if ``name`` is a local variable of this function-like scope."""
        return self.is_function and name in self.bound and name not in self.globals \
            and name not in self.nonlocals

    def kind_of(self, name: str) -> str:
        """'global', 'local' (fast slot) or 'cell' (slot holding a Cell)."""
        if not self.is_function or name in self.globals:
            return "global"
        if name in self.slots:
            return "cell" if (name in self.cells or name in self.free) else "local"
        return "global"

    @property
    def nslots(self) -> int:
        return len(self.slots) + 1


def analyze(module: ast.Module) -> tuple[Scope, dict[int, Scope]]:
    """Build the scope tree for ``module``; map id(node) -> Scope for nested scopes."""
    collector = _Collector()
    top = Scope("module", None, "")
    collector.scopes[id(module)] = top
    collector.block(module.body, top)
    _resolve(top)
    return top, collector.scopes


class _Collector:
    """Walks the AST once and records bindings and uses per scope."""

    def __init__(self) -> None:
        self.scopes: dict[int, Scope] = {}

    # ---- helpers
    def bind(self, name: str, scope: Scope, node) -> None:
        scope.bound.setdefault(name, node)

    def bind_target(self, target, scope: Scope) -> None:
        if isinstance(target, ast.Name):
            self.bind(target.id, scope, target)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for elt in target.elts:
                self.bind_target(elt, scope)
        elif isinstance(target, ast.Starred):
            self.bind_target(target.value, scope)
        else:   # attribute / subscript: the object expression is a use
            self.expr(target, scope)

    def new_scope(self, kind: str, parent: Scope, name: str, node) -> Scope:
        if parent.kind == "module":
            qual = name
        elif parent.kind == "class":
            qual = f"{parent.name}.{name}"
        else:
            qual = f"{parent.name}.<locals>.{name}"
        scope = Scope(kind, parent, qual, node)
        parent.children.append(scope)
        self.scopes[id(node)] = scope
        return scope

    # ---- statements
    def block(self, stmts, scope: Scope) -> None:
        for stmt in stmts:
            try:
                self.stmt(stmt, scope)
            except RecursionError:
                from gradcli.errors import ScriptRecursionError
                raise ScriptRecursionError("maximum recursion depth exceeded during "
                                           "compilation", stmt.span) from None

    def stmt(self, node, scope: Scope) -> None:
        method = getattr(self, "s_" + type(node).__name__, None)
        if method is not None:
            method(node, scope)

    def s_ExprStmt(self, node, scope):
        self.expr(node.value, scope)

    def s_Assign(self, node, scope):
        self.expr(node.value, scope)
        for target in node.targets:
            self.bind_target(target, scope)

    def s_AugAssign(self, node, scope):
        self.expr(node.value, scope)
        if isinstance(node.target, ast.Name):
            scope.used.setdefault(node.target.id, node.target)
        self.bind_target(node.target, scope)

    def s_AnnAssign(self, node, scope):
        if node.value is not None:
            self.expr(node.value, scope)
            self.bind_target(node.target, scope)

    def s_Delete(self, node, scope):
        for target in node.targets:
            self.bind_target(target, scope)

    def s_Return(self, node, scope):
        if node.value is not None:
            self.expr(node.value, scope)

    def s_Raise(self, node, scope):
        for part in (node.exc, node.cause):
            if part is not None:
                self.expr(part, scope)

    def s_Assert(self, node, scope):
        self.expr(node.test, scope)
        if node.msg is not None:
            self.expr(node.msg, scope)

    def _declare(self, node, scope, names, table: set, other: set, word: str):
        for name in names:
            if name in other:
                raise ScriptSyntaxError(f"name '{name}' is nonlocal and global", node.span)
            if name in scope.used or name in scope.bound:
                what = "used" if name in scope.used else "assigned to"
                if name in scope.params:
                    raise ScriptSyntaxError(f"name '{name}' is parameter and {word}", node.span)
                raise ScriptSyntaxError(f"name '{name}' is {what} prior to {word} declaration",
                                        node.span)
            table.add(name)

    def s_Global(self, node, scope):
        self._declare(node, scope, node.names, scope.globals, scope.nonlocals, "global")

    def s_Nonlocal(self, node, scope):
        if scope.kind == "module":
            raise ScriptSyntaxError("nonlocal declaration not allowed at module level", node.span)
        self._declare(node, scope, node.names, scope.nonlocals, scope.globals, "nonlocal")
        for name in node.names:
            scope.nonlocal_nodes.setdefault(name, node)

    def s_Import(self, node, scope):
        for dotted, asname in node.names:
            self.bind(asname or dotted.split(".")[0], scope, node)

    def s_ImportFrom(self, node, scope):
        for name, asname in node.names or []:
            self.bind(asname or name, scope, node)

    def s_If(self, node, scope):
        self.expr(node.test, scope)
        self.block(node.body, scope)
        self.block(node.orelse, scope)

    s_While = s_If

    def s_For(self, node, scope):
        self.expr(node.iter, scope)
        self.bind_target(node.target, scope)
        self.block(node.body, scope)
        self.block(node.orelse, scope)

    def s_Try(self, node, scope):
        self.block(node.body, scope)
        for handler in node.handlers:
            if handler.type is not None:
                self.expr(handler.type, scope)
            if handler.name is not None:
                self.bind(handler.name, scope, handler)
            self.block(handler.body, scope)
        self.block(node.orelse, scope)
        self.block(node.finalbody, scope)

    def s_With(self, node, scope):
        for ctx, target in node.items:
            self.expr(ctx, scope)
            if target is not None:
                self.bind_target(target, scope)
        self.block(node.body, scope)

    def s_FunctionDef(self, node, scope):
        for deco in node.decorators:
            self.expr(deco, scope)
        self.params_defaults(node.params, scope)
        self.bind(node.name, scope, node)
        inner = self.new_scope("function", scope, node.name, node)
        self.add_params(node.params, inner)
        self.block(node.body, inner)

    def s_ClassDef(self, node, scope):
        if scope.kind != "module":
            raise ScriptSyntaxError("class definitions are supported only at the top level of "
                                    "a script", node.span)
        for deco in node.decorators:
            self.expr(deco, scope)
        for base in node.bases:
            self.expr(base, scope)
        self.bind(node.name, scope, node)
        inner = self.new_scope("class", scope, node.name, node)
        self.block(node.body, inner)

    def params_defaults(self, params, scope):
        for default in params.defaults:
            self.expr(default, scope)
        for default in params.kw_defaults.values():
            self.expr(default, scope)

    def add_params(self, params, inner: Scope):
        names = list(params.names)
        if params.vararg:
            names.append(params.vararg)
        names.extend(params.kwonly)
        if params.kwarg:
            names.append(params.kwarg)
        inner.params = names
        for name in names:
            self.bind(name, inner, params)

    # ---- expressions
    def expr(self, node, scope: Scope) -> None:
        if node is None:
            return
        kind = type(node)
        if kind is ast.Name:
            scope.used.setdefault(node.id, node)
        elif kind is ast.Constant:
            return
        elif kind is ast.Lambda:
            self.params_defaults(node.params, scope)
            inner = self.new_scope("function", scope, "<lambda>", node)
            self.add_params(node.params, inner)
            self.expr(node.body, inner)
        elif kind in (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp):
            gens = node.generators
            self.expr(gens[0].iter, scope)     # evaluated in the enclosing scope
            label = {ast.ListComp: "<listcomp>", ast.SetComp: "<setcomp>",
                     ast.GeneratorExp: "<genexpr>", ast.DictComp: "<dictcomp>"}[kind]
            inner = self.new_scope("comprehension", scope, label, node)
            for i, gen in enumerate(gens):
                if i:
                    self.expr(gen.iter, inner)
                self.bind_target(gen.target, inner)
                for cond in gen.ifs:
                    self.expr(cond, inner)
            if kind is ast.DictComp:
                self.expr(node.key, inner)
                self.expr(node.value, inner)
            else:
                self.expr(node.elt, inner)
        else:
            for field in node._fields:
                self.child(getattr(node, field), scope)

    def child(self, value, scope: Scope) -> None:
        if isinstance(value, ast.Node):
            self.expr(value, scope)
        elif isinstance(value, list):
            for item in value:
                self.child(item, scope)


def _resolve(scope: Scope) -> None:
    """Assign slots and decide cells/free variables for ``scope`` and below."""
    if scope.is_function:
        for name in scope.nonlocals:
            owner = _find_owner(scope.parent, name)
            if owner is None:
                raise ScriptSyntaxError(f"no binding for nonlocal '{name}' found",
                                        scope.nonlocal_nodes[name].span)
        slot = 1
        for name in scope.params:
            scope.slots[name] = slot
            slot += 1
        for name in scope.bound:
            if scope.owns(name) and name not in scope.slots:
                scope.slots[name] = slot
                slot += 1
    # Names used here (or requested by inner scopes) that are not ours.
    for name in list(scope.used) + list(scope.nonlocals):
        _link(scope, name)
    for child in scope.children:
        _resolve(child)


def _find_owner(scope: "Scope | None", name: str) -> "Scope | None":
    while scope is not None and scope.kind == "class":  # a class body's names are not
        scope = scope.parent                             # visible to its methods
    while scope is not None and scope.is_function:
        if name in scope.globals:
            return None
        if scope.owns(name):
            return scope
        scope = scope.parent
    return None


def _link(scope: Scope, name: str) -> None:
    """Make ``name`` reachable from ``scope`` if an enclosing function owns it."""
    if not scope.is_function or scope.owns(name) or name in scope.globals:
        return
    owner = _find_owner(scope.parent, name)
    if owner is None:
        return
    owner.cells.add(name)
    walk = scope
    while walk is not owner:
        if name not in walk.free:
            walk.free.append(name)
            walk.slots[name] = len(walk.slots) + 1
        walk = walk.parent
