"""Assignment targets and ``del``: name, attribute, subscript, (starred) unpacking.

A store is ``fn(frame, value)``; a deleter is ``fn(frame)``.  Errors carry the
target's span.  Used as a mixin by :class:`gradcli.compiler.Compiler`.
"""

from __future__ import annotations

from gradcli import syntax as ast
from gradcli.compiler_expr import UNBOUND, unbound_local
from gradcli.errors import annotate
from gradcli.runtime import delete_attribute, set_attribute


class StoreCompiler:
    """Mixin: compile assignment targets and deletions."""

    def store_name(self, name: str, scope):
        kind = scope.kind_of(name)
        if kind == "local":
            i = scope.slots[name]

            def store_local(fr, value):
                fr[i] = value
            return store_local
        if kind == "cell":
            i = scope.slots[name]

            def store_cell(fr, value):
                fr[i].v = value
            return store_cell
        g = self.globals

        def store_global(fr, value):
            g[name] = value
        return store_global

    def store(self, target, scope):
        """fn(fr, value) that assigns ``value`` to ``target``."""
        if isinstance(target, ast.Name):
            return self.store_name(target.id, scope)
        span = target.span
        if isinstance(target, ast.Attribute):
            obj, name = self.expr(target.value, scope), target.attr

            def store_attr(fr, value):
                o = obj(fr)
                try:
                    set_attribute(o, name, value)
                except BaseException as err:
                    annotate(err, span)
                    raise
            return store_attr
        if isinstance(target, ast.Subscript):
            obj, index = self.expr(target.value, scope), self.expr(target.index, scope)

            def store_item(fr, value):
                o, i = obj(fr), index(fr)
                try:
                    o[i] = value
                except BaseException as err:
                    annotate(err, span)
                    raise
            return store_item
        return self.store_unpack(target, scope)

    def store_unpack(self, target, scope):
        elts = target.elts
        star = next((i for i, e in enumerate(elts) if isinstance(e, ast.Starred)), None)
        stores = [self.store(e.value if isinstance(e, ast.Starred) else e, scope) for e in elts]
        n, span = len(elts), target.span

        def unpack(fr, value):
            try:
                iterator = iter(value)
            except TypeError:
                err = TypeError(f"cannot unpack non-iterable {type(value).__name__} object")
                annotate(err, span)
                raise err from None
            items = list(iterator)
            if star is None:
                if len(items) != n:
                    if len(items) > n:
                        err = ValueError(f"too many values to unpack (expected {n})")
                    else:
                        err = ValueError(f"not enough values to unpack (expected {n}, "
                                         f"got {len(items)})")
                    annotate(err, span)
                    raise err
                for store, item in zip(stores, items):
                    store(fr, item)
                return
            after = n - star - 1
            if len(items) < n - 1:
                err = ValueError(f"not enough values to unpack (expected at least {n - 1}, "
                                 f"got {len(items)})")
                annotate(err, span)
                raise err
            for store, item in zip(stores[:star], items[:star]):
                store(fr, item)
            stores[star](fr, items[star:len(items) - after])
            for store, item in zip(stores[star + 1:], items[len(items) - after:]):
                store(fr, item)
        return unpack

    def deleter(self, target, scope, quiet: bool = False):
        """fn(fr) deleting ``target`` (quiet: no error if already unbound)."""
        if isinstance(target, ast.Name):
            name, span = target.id, target.span
            kind = scope.kind_of(name)
            if kind in ("local", "cell"):
                i, cell = scope.slots[name], kind == "cell"

                def delete_local(fr):
                    holder = fr[i] if cell else None
                    current = holder.v if cell else fr[i]
                    if current is UNBOUND and not quiet:
                        err = unbound_local(name)
                        annotate(err, span)
                        raise err
                    if cell:
                        holder.v = UNBOUND
                    else:
                        fr[i] = UNBOUND
                return delete_local
            g = self.globals

            def delete_global(fr):
                if name in g:
                    del g[name]
                elif not quiet:
                    err = NameError(f"name '{name}' is not defined")
                    annotate(err, span)
                    raise err
            return delete_global
        if isinstance(target, (ast.Tuple, ast.List)):
            parts = [self.deleter(e, scope) for e in target.elts]

            def delete_all(fr):
                for part in parts:
                    part(fr)
            return delete_all
        obj = self.expr(target.value, scope)
        if isinstance(target, ast.Attribute):
            name = target.attr
            return lambda fr: delete_attribute(obj(fr), name)
        index = self.expr(target.index, scope)

        def delete_item(fr):
            o, i = obj(fr), index(fr)
            del o[i]
        return delete_item

