"""What a script can reach: builtins, ``math``, ``torch`` modules, and attributes.

Sandbox policy (the interpreter calls only these to touch attributes):

* dunder names never resolve (the parser already rejects them in source);
* engine objects expose exactly the names in their class's ``_script_attrs``
  (looked up on the type) and accept assignment only to ``_script_settable``;
* Python values (str, list, dict, ...) expose an explicit allow-list of methods;
* everything else has no attributes.
"""

from __future__ import annotations

import builtins
import collections
import math
import string
from typing import Callable

import _string  # CPython's helper for str.format field names

from gradcli import script_classes

# ------------------------------------------------------------------ modules


class Module:
    """A read-only namespace standing in for a Python module (``torch``, ``math``)."""

    __slots__ = ("_name", "_members", "_wrapped")

    def __init__(self, name: str, members: dict):
        self._name = name
        self._members = members
        self._wrapped: dict[str, Module] = {}

    def member(self, name: str):
        try:
            value = self._members[name]
        except KeyError:
            raise AttributeError(f"module '{self._name}' has no attribute '{name}'") from None
        if isinstance(value, dict):
            sub = self._wrapped.get(name)
            if sub is None:
                sub = self._wrapped[name] = Module(f"{self._name}.{name}", value)
            return sub
        return value

    def has(self, name: str) -> bool:
        return name in self._members

    def public_names(self) -> list[str]:
        return [n for n in self._members if not n.startswith("_")]

    @property
    def name(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return f"<module '{self._name}'>"


def _math_module() -> Module:
    from gradcli.limits import guard_math
    members = {n: getattr(math, n) for n in dir(math) if not n.startswith("_")}
    return Module("math", guard_math(members))


#: What ``torch.__version__`` reports unless the engine's namespace says otherwise.
TORCH_VERSION = "2.13.0+cpu"

_torch_provider: Callable[[], dict] | None = None


def set_torch_provider(provider: Callable[[], dict] | None) -> None:
    """Replace where ``import torch`` gets its namespace (tests use a stub)."""
    global _torch_provider
    _torch_provider = provider


def _torch_module() -> Module:
    provider = _torch_provider
    if provider is None:
        from gradcli.tensor.api import torch_namespace   # imported only when needed
        provider = torch_namespace
    members = dict(provider())
    members.setdefault("__version__", TORCH_VERSION)
    return Module("torch", members)


#: Modules a script may import (the root name decides; checked before running).
ALLOWED_MODULES = {"torch", "math", "collections", "__future__"}


def _collections_module() -> Module:
    """The containers tutorials import (`nn.Sequential(OrderedDict(...))`)."""
    return Module("collections", {"OrderedDict": collections.OrderedDict,
                                  "defaultdict": collections.defaultdict,
                                  "Counter": collections.Counter,
                                  "deque": collections.deque})


class Importer:
    """Resolves ``import`` statements for one run (modules are built lazily)."""

    def __init__(self) -> None:
        self._roots: dict[str, Module] = {}

    def root(self, name: str) -> Module:
        module = self._roots.get(name)
        if module is None:
            if name == "torch":
                module = _torch_module()
            elif name == "math":
                module = _math_module()
            elif name == "collections":
                module = _collections_module()
            elif name == "__future__":
                module = Module("__future__", {})
            else:
                raise ModuleNotFoundError(f"No module named '{name}'")
            self._roots[name] = module
        return module

    def module(self, dotted: str) -> Module:
        """The module object for ``a.b.c`` (ModuleNotFoundError if missing)."""
        parts = dotted.split(".")
        module = self.root(parts[0])
        for i, part in enumerate(parts[1:], start=1):
            value = module.member(part) if module.has(part) else None
            if not isinstance(value, Module):
                raise ModuleNotFoundError(f"No module named '{'.'.join(parts[:i + 1])}'")
            module = value
        return module

    def from_import(self, dotted: str, name: str):
        module = self.module(dotted)
        if dotted == "__future__":
            return None
        if not module.has(name):
            raise ImportError(f"cannot import name '{name}' from '{dotted}' (unknown location)")
        return module.member(name)


# --------------------------------------------------------------- attributes

def _names(text: str) -> frozenset:
    return frozenset(text.split())


_STR_ATTRS = _names("""
    capitalize casefold center count endswith expandtabs find format format_map index
    isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable
    isspace istitle isupper join ljust lower lstrip partition removeprefix removesuffix
    replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip
    swapcase title upper zfill""")
_LIST_ATTRS = _names("append clear copy count extend index insert pop remove reverse sort")
_TUPLE_ATTRS = _names("count index")
_DICT_ATTRS = _names("clear copy get items keys pop popitem setdefault update values")
_SET_ATTRS = _names("""
    add clear copy difference difference_update discard intersection intersection_update
    isdisjoint issubset issuperset pop remove symmetric_difference
    symmetric_difference_update union update""")
_INT_ATTRS = _names("bit_length conjugate denominator imag numerator real as_integer_ratio")
_FLOAT_ATTRS = _names("as_integer_ratio conjugate hex imag is_integer real")
_COMPLEX_ATTRS = _names("conjugate imag real")
_RANGE_ATTRS = _names("count index start step stop")
_SLICE_ATTRS = _names("indices start step stop")
_EXC_ATTRS = _names("args")

#: Allowed attributes of Python's own types (subclasses inherit them).
BUILTIN_ATTRS: dict[type, frozenset] = {
    str: _STR_ATTRS, list: _LIST_ATTRS, tuple: _TUPLE_ATTRS, dict: _DICT_ATTRS,
    set: _SET_ATTRS, frozenset: _SET_ATTRS - _names("""add clear discard pop remove update
        difference_update intersection_update symmetric_difference_update"""),
    bool: _INT_ATTRS, int: _INT_ATTRS, float: _FLOAT_ATTRS, complex: _COMPLEX_ATTRS,
    range: _RANGE_ATTRS, slice: _SLICE_ATTRS, BaseException: _EXC_ATTRS,
    property: _names("getter setter deleter"),
    collections.Counter: _DICT_ATTRS | _names("most_common elements total subtract"),
    collections.OrderedDict: _DICT_ATTRS | _names("move_to_end"),
    collections.defaultdict: _DICT_ATTRS | _names("default_factory"),
    collections.deque: _names("""append appendleft clear copy count extend extendleft index
        insert pop popleft remove reverse rotate maxlen"""),
}

_decisions: dict[tuple[type, str], bool] = {}


def attribute_allowed(tp: type, name: str) -> bool:
    """May a script read attribute ``name`` of an object of type ``tp``?"""
    key = (tp, name)
    known = _decisions.get(key)
    if known is None:
        known = _decide(tp, name)
        _decisions[key] = known
    return known


def _decide(tp: type, name: str) -> bool:
    if name.startswith("__") and name.endswith("__"):
        if name == "__name__":  # `type(x).__name__`, `f.__name__`: a read-only string
            return issubclass(tp, type) or tp in _NAMED_CALLABLES
        return tp is Module and name == "__version__"
    exposed = getattr(tp, "_script_attrs", None)
    if exposed is not None:
        if name.startswith("_saved_") and tp.__module__ == "gradcli.tensor.autograd":
            return True    # a graph node's saved values (grad_fn._saved_self, ...)
        return name in exposed
    if name.startswith("_"):
        return False
    for klass in tp.__mro__:
        allowed = BUILTIN_ATTRS.get(klass)
        if allowed is not None:
            return name in allowed
    return False


def no_attribute(obj, name: str) -> AttributeError:
    if type(obj) is Module:
        return AttributeError(f"module '{obj.name}' has no attribute '{name}'")
    if name.startswith("__") and name.endswith("__"):
        return AttributeError(f"access to attribute '{name}' is not allowed in scripts")
    return AttributeError(f"'{type(obj).__name__}' object has no attribute '{name}'")


def _class_attribute(cls, name: str):
    """``Cls.name`` on a class object: script classes (and `nn.Module.__init__`)."""
    if getattr(cls, "_gradcli_script", False) is True:
        return script_classes.class_get(cls, name)
    if name == "__init__" and _is_module_class(cls):
        return cls.__init__
    if name in getattr(cls, "_script_class_attrs", ()):   # e.g. Embedding.from_pretrained
        return getattr(cls, name)
    raise no_attribute(cls, name)


def _is_module_class(cls) -> bool:
    from gradcli.tensor.nn import Module as NNModule
    return issubclass(cls, NNModule)


def get_attribute(obj, name: str):
    """``obj.name`` under the sandbox policy."""
    tp = type(obj)
    if tp is Module:
        return obj.member(name)
    if script_classes.is_script_type(tp):
        return script_classes.get(obj, name)
    if tp is script_classes.Super:
        return obj.lookup(name)
    if tp is type and name != "__name__":
        return _class_attribute(obj, name)
    if attribute_allowed(tp, name):
        if tp is str:
            if name in ("format", "format_map"):
                return _safe_format(obj) if name == "format" else _safe_format_map(obj)
            from gradcli.limits import guarded_str_method
            return guarded_str_method(obj, name)
        return getattr(obj, name)
    if not name.startswith("__") and _is_module_class(tp):
        # an engine module's registered parameters, buffers and children by name
        # (`model.fc1` of nn.Sequential(OrderedDict(fc1=...)))
        table = script_classes.registered_table(obj, name)
        if table is not None:
            return table[name]
    raise no_attribute(obj, name)


def make_getter(name: str) -> Callable:
    """A fast ``obj -> obj.name`` for one attribute name (decisions cached by type)."""
    ok_types: set[type] = set()

    script_types: set[type] = set()
    fast_get = script_classes.fast_get

    def get(obj):
        tp = type(obj)
        if tp in ok_types:
            return getattr(obj, name)
        if tp in script_types:
            return fast_get(obj, name)
        if tp is not Module and tp is not str and tp is not type:
            if getattr(tp, "_gradcli_script", False) is True:
                script_types.add(tp)
                return fast_get(obj, name)
            if not script_classes.is_script_type(tp) and attribute_allowed(tp, name):
                ok_types.add(tp)
                return getattr(obj, name)
        return get_attribute(obj, name)
    return get


def set_attribute(obj, name: str, value) -> None:
    """``obj.name = value``: only names in the type's ``_script_settable``."""
    tp = type(obj)
    if getattr(tp, "_gradcli_script", False) is True:
        script_classes.fast_put(obj, name, value)
        return
    if script_classes.is_script_type(tp):
        script_classes.put(obj, name, value)
        return
    if tp is type and getattr(obj, "_gradcli_script", False) is True:
        script_classes.class_put(obj, name, value)
        return
    settable = getattr(tp, "_script_settable", None)
    if settable is not None and name in settable and not name.startswith("__"):
        setattr(obj, name, value)
        return
    if tp is Module:
        raise AttributeError(f"cannot set attribute '{name}' of module '{obj.name}' in scripts")
    if attribute_allowed(tp, name):
        raise AttributeError(f"'{tp.__name__}' object attribute '{name}' is read-only")
    raise no_attribute(obj, name)


def delete_attribute(obj, name: str) -> None:
    tp = type(obj)
    if script_classes.is_script_type(tp):
        script_classes.remove(obj, name)
        return
    if attribute_allowed(tp, name):
        raise AttributeError(f"'{tp.__name__}' object attribute '{name}' is read-only")
    raise no_attribute(obj, name)


class _SandboxFormatter(string.Formatter):
    """str.format whose ``{0.attr}`` fields go through the attribute policy."""

    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = get_attribute(obj, key) if is_attr else obj[key]
        return obj, first

    def format_field(self, value, format_spec):
        from gradcli.limits import check_spec
        check_spec(format_spec)
        return format(value, format_spec)


_FORMATTER = _SandboxFormatter()


def _safe_format(template: str):
    def format(*args, **kwargs):   # noqa: A001 - mirrors str.format
        return _FORMATTER.vformat(template, args, kwargs)
    return format


def _safe_format_map(template: str):
    def format_map(mapping):
        return _FORMATTER.vformat(template, (), mapping)
    return format_map


# ----------------------------------------------------------------- builtins

def _type(obj, *rest):
    if rest:
        raise TypeError("type() with more than one argument is not supported in scripts")
    tp = type(obj)
    if issubclass(tp, type):  # a metaclass can build new classes: keep it out of reach
        raise TypeError("type() of a class is not supported in scripts")
    return tp


#: Callables whose `__name__` a script may read (classes are covered by `type`).
_NAMED_CALLABLES = frozenset({type(len), type(_type)})


_EXCEPTIONS = (
    Exception, ArithmeticError, AssertionError, AttributeError, ImportError, IndexError,
    KeyError, LookupError, ModuleNotFoundError, NameError, NotImplementedError,
    OverflowError, RecursionError, RuntimeError, StopIteration, TypeError,
    UnboundLocalError, ValueError, ZeroDivisionError, FloatingPointError, MemoryError,
    UserWarning, Warning,
)

#: Exception types that count as "the script raised" (exit 1) rather than a bug.
SCRIPT_EXCEPTIONS = tuple(_EXCEPTIONS)

_PLAIN_BUILTINS = """
    abs all any bin bool callable chr complex dict divmod enumerate filter float format
    frozenset hash hex int isinstance issubclass iter len list map max min next oct ord
    pow print range repr reversed round set slice sorted str sum tuple zip
"""


def _hasattr(obj, name):
    """hasattr() under the sandbox policy: True only for attributes a script may read."""
    if not isinstance(name, str):
        raise TypeError("attribute name must be string, not "
                        f"'{type(name).__name__}'")
    try:
        get_attribute(obj, name)
    except AttributeError:
        return False
    return True


def make_builtins() -> dict:
    """The builtins a script sees (a fresh dict each call)."""
    table = {name: getattr(builtins, name) for name in _PLAIN_BUILTINS.split()}
    table["type"] = _type
    table["hasattr"] = _hasattr
    table["super"] = script_classes.super_builtin
    table["staticmethod"] = staticmethod
    table["classmethod"] = classmethod
    table["property"] = property
    table["object"] = object  # `class A(object):`; its dunders stay out of reach
    from gradcli import limits   # size-checked versions (see gradcli.limits)
    table["range"] = limits.safe_range
    table["pow"] = limits.builtin_pow
    table["format"] = limits.builtin_format
    for exc in _EXCEPTIONS:
        table[exc.__name__] = exc
    table["NotImplemented"] = NotImplemented
    table["Ellipsis"] = Ellipsis
    return table
