"""Classes defined by scripts: `class Net(nn.Module)`, `class Fn(torch.autograd.Function)`,
plain classes such as micrograd's `Value`.

A `class` statement builds a real Python class whose methods are script functions (they run
in the interpreter, metered like all script code). The sandbox stays closed:

* a script class may derive only from `object`, other script classes, `torch.nn.Module` (and
  the engine's modules), `torch.autograd.Function` and the built-in exception classes;
* its body may define only the special methods in :data:`METHOD_DUNDERS` (the parser
  rejects other dunder names) and no name reserved by gradcli (`_gradcli...`, `_script...`);
* attribute access on instances and on the classes goes through :func:`get` / :func:`put`:
  a script may read what the script defined (class attributes, methods, instance
  attributes, registered parameters and submodules) and, from an engine base, exactly the
  names the engine exposes (`_script_attrs`).

`nn.Module` subclasses register `Parameter` and `Module` attributes the way PyTorch does
(parameters(), printing, the "cannot assign module before Module.__init__() call" errors).
"""
from __future__ import annotations

import builtins

#: Special methods a script class may define (and call, as in ``super().__init__()``).
#: Python calls them implicitly for operators, printing, ``len``, iteration, ``with``...;
#: the ones that would change attribute access, object creation or finalisation
#: (``__getattribute__``, ``__new__``, ``__del__``, ``__init_subclass__``, ...) are not here.
METHOD_DUNDERS = frozenset("""
    __init__ __call__ __repr__ __str__ __format__ __len__ __getitem__ __setitem__
    __delitem__ __contains__ __iter__ __next__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__
    __hash__ __bool__ __add__ __radd__ __iadd__ __sub__ __rsub__ __isub__ __mul__ __rmul__
    __imul__ __truediv__ __rtruediv__ __itruediv__ __floordiv__ __rfloordiv__ __mod__
    __rmod__ __pow__ __rpow__ __matmul__ __rmatmul__ __neg__ __pos__ __abs__ __invert__
    __float__ __int__ __index__ __round__ __enter__ __exit__
""".split())

_FLAG = "_gradcli_script"
_EXCEPTION_BASES = frozenset(
    v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, Exception))


_ENGINE: tuple = ()


def _engine():
    """(gradcli.tensor.nn, Function), imported on first use (the engine is heavy)."""
    global _ENGINE
    if not _ENGINE:
        from gradcli.tensor import nn
        from gradcli.tensor.custom_function import Function
        _ENGINE = (nn, Function)
    return _ENGINE


# ------------------------------------------------------------------ fast paths
#: (type, name) -> how `obj.name` reads on a script-class instance: "dict" (an instance
#: attribute: no class in the MRO defines the name), "attr" (a method or class attribute
#: the script defined, read with getattr) or None (the full policy in `get`). Cleared
#: when a script assigns a class attribute (the MRO answers may change).
_READS: dict = {}
#: (type, name) -> True when `obj.name = value` is a plain setattr (not an nn.Module,
#: not a private or reserved name)
_WRITES: dict = {}


def _read_kind(tp, name):
    if name.startswith("__") or _private(tp, name):
        return None
    owner = _owner(tp, name)
    if owner is None:
        return "dict"
    if is_script_class(owner):
        value = owner.__dict__[name]
        # a data descriptor (property) decides itself; plain methods and values are safe
        if not hasattr(type(value), "__set__"):
            return "attr"
    return None


def fast_get(obj, name):
    """``obj.name`` for a script-class instance, through the cached decision."""
    tp = type(obj)
    key = (tp, name)
    kind = _READS.get(key, 0)
    if kind == 0:
        kind = _READS[key] = _read_kind(tp, name)
    if kind == "dict":
        d = obj.__dict__
        if name in d:
            return d[name]
    elif kind == "attr":
        d = obj.__dict__
        return d[name] if name in d else getattr(obj, name)
    return get(obj, name)


def fast_put(obj, name, value):
    tp = type(obj)
    key = (tp, name)
    plain = _WRITES.get(key)
    if plain is None:
        nn, _ = _engine()
        plain = _WRITES[key] = not (name.startswith("__") or _private(tp, name)
                                    or _reserved(name) or issubclass(tp, nn.Module))
    if plain:
        setattr(obj, name, value)
    else:
        put(obj, name, value)


def is_script_class(cls) -> bool:
    return isinstance(cls, type) and _FLAG in cls.__dict__


def is_script_type(tp) -> bool:
    """Do objects of type ``tp`` follow this module's policy: instances of script classes,
    and engine objects open to script attributes (`ctx` of a custom Function)?"""
    return getattr(tp, _FLAG, False) is True or getattr(tp, "_gradcli_open", False) is True


def _reserved(name: str) -> bool:
    return name.startswith("_gradcli") or name.startswith("_script")


def _is_dataset(base) -> bool:
    from gradcli.tensor.data import Dataset
    return issubclass(base, Dataset)


def make_class(name: str, bases: tuple, namespace: dict) -> type:
    """The class a `class` statement defines (bases already evaluated)."""
    nn, Function = _engine()
    for key in namespace:
        if _reserved(key):
            raise TypeError(f"class attribute name '{key}' is reserved by gradcli")
    for base in bases:
        if not isinstance(base, type):
            raise TypeError(f"a class can only derive from classes, not from "
                            f"'{type(base).__name__}' objects")
        if not (base is object or is_script_class(base) or issubclass(base, nn.Module)
                or base is Function or base in _EXCEPTION_BASES or _is_dataset(base)):
            raise TypeError(
                f"gradcli: a script class can derive from object, torch.nn.Module, "
                f"torch.autograd.Function, torch.utils.data.Dataset, an exception class or "
                f"another script class, not from '{base.__name__}'")
    ns = dict(namespace)
    ns["__module__"] = "__main__"
    ns["__qualname__"] = name
    ns[_FLAG] = True
    if any(issubclass(b, Function) for b in bases):
        ns.setdefault("_gradcli_node", None)
    return type(name, bases or (object,), ns)


# ------------------------------------------------------------------ attribute policy

def _no_attribute(obj, name):
    return AttributeError(f"'{type(obj).__name__}' object has no attribute '{name}'")


def _private(tp, name: str) -> bool:
    """Engine bookkeeping kept in an instance's __dict__ (Module's _params, ...)."""
    return name in getattr(tp, "_script_private", ())


def _owner(tp, name: str):
    """The class in tp's MRO that defines ``name``, or None."""
    for klass in tp.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def registered_table(obj, name: str):
    """The table (parameters, buffers or submodules) of an nn.Module instance that holds
    `name`, or None (instances made before Module.__init__ have no tables)."""
    d = obj.__dict__
    for table in (d.get("_params"), d.get("_buffers"), d.get("_children")):
        if table is not None and name in table:
            return table
    return None


def get(obj, name: str):
    """``obj.name`` for an instance of a script class."""
    tp = type(obj)
    if name.startswith("__") and name.endswith("__"):
        owner = _owner(tp, name)
        if name in METHOD_DUNDERS and owner is not None and is_script_class(owner):
            return getattr(obj, name)
        raise _no_attribute(obj, name)
    d = obj.__dict__
    owner = _owner(tp, name)
    if owner is not None:
        if (is_script_class(owner) or name in getattr(tp, "_script_attrs", ())
                or (name == "args" and isinstance(obj, BaseException))
                or (name in d and not _private(tp, name))):
            return getattr(obj, name)
        raise _no_attribute(obj, name)
    if name in d and not _private(tp, name):
        return d[name]
    nn, _ = _engine()
    if isinstance(obj, nn.Module):  # registered parameters, buffers and submodules
        table = registered_table(obj, name)
        if table is not None:
            return table[name]
    raise _no_attribute(obj, name)


def put(obj, name: str, value) -> None:
    """``obj.name = value`` for an instance of a script class."""
    tp = type(obj)
    if name.startswith("__") or _private(tp, name) or _reserved(name):
        raise AttributeError(f"cannot set attribute '{name}' of '{tp.__name__}' objects "
                             "in scripts")
    nn, _ = _engine()
    if isinstance(obj, nn.Module):
        _module_setattr(nn, obj, name, value)
    else:
        setattr(obj, name, value)


def remove(obj, name: str) -> None:
    """``del obj.name`` for an instance of a script class."""
    tp = type(obj)
    if name.startswith("__") or _private(tp, name) or _reserved(name):
        raise _no_attribute(obj, name)
    nn, _ = _engine()
    if isinstance(obj, nn.Module):
        table = registered_table(obj, name)
        if table is not None:
            del table[name]
            return
    if name not in obj.__dict__:
        raise _no_attribute(obj, name)
    delattr(obj, name)


def _module_setattr(nn, obj, name, value):
    """PyTorch's Module.__setattr__: Parameters and Modules are registered by name."""
    d = obj.__dict__
    params, children, buffers = d.get("_params"), d.get("_children"), d.get("_buffers")
    if buffers is not None and name in buffers and not isinstance(value, (nn.Parameter,
                                                                           nn.Module)):
        if value is not None and not isinstance(value, nn.Tensor):
            raise TypeError(f"cannot assign '{nn._typename(value)}' as buffer '{name}' "
                            "(torch.nn.Buffer, torch.Tensor or None expected)")
        buffers[name] = value
        return
    for table, other, kind, plural, what in (
            (params, children, nn.Parameter, "parameters", "parameter"),
            (children, params, nn.Module, "module", "child module")):
        if isinstance(value, kind):
            if table is None:
                raise AttributeError(f"cannot assign {plural} before Module.__init__() call")
            d.pop(name, None)
            other.pop(name, None)
            table[name] = value
            return
        if table is not None and name in table:
            if value is not None:
                raise TypeError(f"cannot assign '{nn._typename(value)}' as {what} '{name}' "
                                f"(torch.nn.{kind.__name__} or None expected)")
            table[name] = None
            return
    setattr(obj, name, value)


def class_get(cls, name: str):
    """``Cls.name`` for a script class (methods, class attributes, `Function.apply`)."""
    owner = _owner(cls, name)
    if owner is not None:
        if is_script_class(owner):
            if not (name.startswith("__") and name.endswith("__")) or name in METHOD_DUNDERS:
                return getattr(cls, name)
        elif name == "__init__" or name in getattr(owner, "_script_attrs", ()):
            return getattr(cls, name)
    raise AttributeError(f"type object '{cls.__name__}' has no attribute '{name}'")


def class_put(cls, name: str, value) -> None:
    """``Cls.name = value`` for a script class (class attributes such as counters)."""
    if name.startswith("__") or _reserved(name):
        raise AttributeError(f"cannot set attribute '{name}' of class '{cls.__name__}' in "
                             "scripts")
    setattr(cls, name, value)
    _READS.clear()


# ------------------------------------------------------------------ super()

class Super:
    """What ``super()`` / ``super(Cls, self)`` gives a script: attribute lookup that
    starts after ``cls`` in the MRO of ``obj``'s class, under the same policy."""

    __slots__ = ("_cls", "_obj")

    def __init__(self, cls, obj):
        if not isinstance(cls, type):
            raise TypeError(f"super() argument 1 must be a type, not {type(cls).__name__}")
        if not isinstance(obj, cls):
            raise TypeError("super(type, obj): obj must be an instance or subtype of type")
        self._cls = cls
        self._obj = obj

    def lookup(self, name: str):
        obj = self._obj
        mro = type(obj).__mro__
        for klass in mro[mro.index(self._cls) + 1:]:
            if name not in klass.__dict__:
                continue
            value = klass.__dict__[name]
            allowed = (name == "__init__" or name in getattr(klass, "_script_attrs", ())
                       or (is_script_class(klass) and (not name.startswith("__")
                                                       or name in METHOD_DUNDERS)))
            if not allowed:
                break
            getter = getattr(type(value), "__get__", None)
            return getter(value, obj, type(obj)) if getter is not None else value
        raise AttributeError(f"'super' object has no attribute '{name}'")

    def __repr__(self):
        return f"<super: <class '{self._cls.__name__}'>, <{type(self._obj).__name__} object>>"


def super_builtin(*args):
    """The `super` builtin: two-argument form (zero-argument calls inside a method are
    compiled to :class:`Super` directly)."""
    if not args:
        raise RuntimeError("super(): no arguments")
    if len(args) != 2:
        raise TypeError("super() takes exactly two arguments in scripts: super(Class, self)")
    return Super(*args)
