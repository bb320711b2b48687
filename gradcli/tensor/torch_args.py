"""PyTorch's argument errors for `torch.NAME(...)` called with something that is not a Tensor.

`torch.sqrt(2.0)` is a classic first mistake; PyTorch answers with a TypeError naming the
argument and its position (`sqrt(): argument 'input' (position 1) must be Tensor, not
float`), or, for functions with several overloads, with the list of signatures. The
torch.NAME functions are the Tensor methods; `wrap` gives each a front door that checks
its Tensor arguments the way PyTorch's argument parser reports them, and then calls the
method. Positions count `input` as 1 here, where the method form (`t.add([1])`) counts
`other` as 1.
"""
from __future__ import annotations

from .dispatch import is_scalar
from .tensor import Tensor

#: functions whose first argument may also be a Python number (a Scalar overload)
_SCALAR_FIRST = frozenset({
    "add", "sub", "subtract", "mul", "multiply", "div", "divide", "true_divide",
    "remainder", "floor_divide", "xlogy", "float_power"})

#: functions whose second argument must be a Tensor: its name in PyTorch's signature
_TENSOR_SECOND = {
    "matmul": "other", "mm": "mat2", "bmm": "mat2", "mv": "vec", "dot": "tensor",
    "inner": "other", "cross": "other", "outer": "vec2", "ger": "vec2",
    "maximum": "other", "minimum": "other", "atan2": "other", "arctan2": "other",
    "hypot": "other", "logaddexp": "other"}

_BINARY = ("(Tensor input, Tensor other, *, Tensor out = None)",
           "(Tensor input, Number other, *, Tensor out = None)")
_CLAMP = ("(Tensor input, Tensor min = None, Tensor max = None, *, Tensor out = None)",
          "(Tensor input, Number min = None, Number max = None, *, Tensor out = None)")


def _tensor_then_operand(args):
    return isinstance(args[0], Tensor) and (
        len(args) < 2 or isinstance(args[1], Tensor) or is_scalar(args[1]))


def _tensor_first(args):
    return isinstance(args[0], Tensor)


def _pow_args(args):
    if len(args) < 2:
        return isinstance(args[0], Tensor)
    a, b = args[0], args[1]
    return ((isinstance(a, Tensor) and (isinstance(b, Tensor) or is_scalar(b)))
            or (is_scalar(a) and isinstance(b, Tensor)))


def _max_args(args):
    return isinstance(args[0], Tensor) and (
        len(args) < 2 or isinstance(args[1], Tensor) or type(args[1]) is int)


#: functions PyTorch reports with their overloads when an argument has the wrong type:
#: name -> (signatures, do the positional arguments fit one of them)
_OVERLOADS = {
    **{n: (_BINARY, _tensor_then_operand)
       for n in ("eq", "ne", "gt", "ge", "lt", "le", "greater", "greater_equal", "less",
                 "less_equal", "not_equal", "fmod")},
    "clamp": (_CLAMP, _tensor_first),
    "clip": (_CLAMP, _tensor_first),
    "lerp": (("(Tensor input, Tensor end, Tensor weight, *, Tensor out = None)",
              "(Tensor input, Tensor end, Number weight, *, Tensor out = None)"), _tensor_first),
    "rsub": (("(Tensor input, Tensor other, *, Number alpha = 1)",
              "(Tensor input, Number other, Number alpha = 1)"), _tensor_then_operand),
    "pow": (("(Tensor input, Tensor exponent, *, Tensor out = None)",
             "(Number self, Tensor exponent, *, Tensor out = None)",
             "(Tensor input, Number exponent, *, Tensor out = None)"), _pow_args),
    "max": (("(Tensor input, *, Tensor out = None)",
             "(Tensor input, Tensor other, *, Tensor out = None)",
             "(Tensor input, int dim, bool keepdim = False, *, tuple of Tensors out = None)"),
            _max_args),
    "min": (("(Tensor input, *, Tensor out = None)",
             "(Tensor input, Tensor other, *, Tensor out = None)",
             "(Tensor input, int dim, bool keepdim = False, *, tuple of Tensors out = None)"),
            _max_args),
}


def type_name(v) -> str:
    """The type as PyTorch's argument errors print it: `float`, `list`, `numpy.ndarray`."""
    if isinstance(v, Tensor):
        return "Tensor"
    t = type(v)
    mod = t.__module__
    if mod == "builtins":
        return t.__name__
    if mod == "gradcli.runtime" and t.__name__ == "Module":  # `torch`, `math` in a script
        return "module"
    return f"{mod}.{t.__qualname__}"


def _must_be_tensor(name, arg, position, v):
    where = f" (position {position})" if position else ""
    return TypeError(f"{name}(): argument '{arg}'{where} must be Tensor, not {type_name(v)}")


def _invalid_combination(name, args):
    got = ", ".join(type_name(a) for a in args)
    lines = "".join(f" * {sig}\n" for sig in _OVERLOADS[name][0])
    return TypeError(f"{name}() received an invalid combination of arguments - got ({got}), "
                     f"but expected one of:\n{lines}")


def _check(name, args, kwargs):
    """Raise PyTorch's TypeError if the arguments do not fit; return the positional args
    with a keyword `input=` moved to the front."""
    if not args:
        if "input" not in kwargs:
            raise TypeError(f'{name}() missing 1 required positional arguments: "input"')
        first = kwargs.pop("input")
        if not isinstance(first, Tensor):
            raise _must_be_tensor(name, "input", None, first)
        args = (first,)
    first = args[0]
    overloads = _OVERLOADS.get(name)
    if overloads is not None:
        if not overloads[1](args):
            raise _invalid_combination(name, args)
        return args
    if not isinstance(first, Tensor) and not (name in _SCALAR_FIRST and is_scalar(first)):
        raise _must_be_tensor(name, "input", 1, first)
    if len(args) > 1:
        second = args[1]
        arg = _TENSOR_SECOND.get(name)
        if arg is not None and not isinstance(second, Tensor):
            raise _must_be_tensor(name, arg, 2, second)
        if name in _SCALAR_FIRST and not (isinstance(second, Tensor) or is_scalar(second)):
            raise _must_be_tensor(name, "other", 2, second)
    return args


def wrap(name, fn):
    """torch.NAME: `fn` (the Tensor method, or a function taking the tensor first) behind
    PyTorch's argument checks. Plain calls on tensors pay one type test."""
    second = name in _TENSOR_SECOND or name in _SCALAR_FIRST or name in _OVERLOADS

    if second:
        def torch_function(*args, **kwargs):
            if len(args) > 1 and type(args[0]) is Tensor and type(args[1]) is Tensor:
                return fn(*args, **kwargs)
            return fn(*_check(name, args, kwargs), **kwargs)
    else:
        def torch_function(*args, **kwargs):
            if args and type(args[0]) is Tensor:
                return fn(*args, **kwargs)
            return fn(*_check(name, args, kwargs), **kwargs)
    torch_function.__name__ = torch_function.__qualname__ = name
    torch_function.__wrapped__ = fn
    return torch_function
