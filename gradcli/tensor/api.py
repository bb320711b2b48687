"""The `torch` namespace a script sees: `torch_namespace()` returns name -> object, with
sub-modules (nn, nn.functional, autograd, linalg, ...) as nested dicts.

Importing this module loads the whole engine; the interpreter imports it only when a
script imports torch.
"""
from __future__ import annotations

import math

import numpy as np

from . import autograd, creation, dtypes, printing
from . import ops_convert, ops_index, ops_join, ops_linalg, ops_pointwise, ops_reduce, ops_shape
from . import ops_linalg_extra, ops_reduce_extra
from . import torch_args
from . import random as rng
from . import tensor as tensor_module
from .tensor import CPU, Size, Tensor, make

_NAMESPACE = None

# Functions available as torch.NAME(tensor, ...) that are the Tensor methods of that name.
_METHOD_FUNCTIONS = (
    "add", "sub", "subtract", "mul", "multiply", "div", "divide", "true_divide", "pow",
    "floor_divide", "remainder", "fmod", "atan2", "arctan2", "maximum", "minimum", "hypot",
    "logaddexp", "neg", "negative", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p",
    "sqrt", "rsqrt", "sin", "cos", "tan", "asin", "acos", "atan", "arcsin", "arccos",
    "arctan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "sigmoid", "abs", "absolute",
    "reciprocal", "floor", "ceil", "round", "trunc", "fix", "sign", "sgn", "frac", "erf",
    "relu", "square", "clamp", "clip", "lerp", "eq", "ne", "lt", "le", "gt", "ge",
    "not_equal", "less", "less_equal", "greater", "greater_equal", "logical_and",
    "logical_or", "logical_xor", "logical_not", "bitwise_and", "bitwise_or", "bitwise_xor",
    "bitwise_not", "isnan", "isinf", "isfinite", "allclose", "isclose", "equal", "sum",
    "nansum", "mean", "prod", "max", "min", "amax", "amin", "argmax", "argmin", "any", "all",
    "count_nonzero", "norm", "reshape", "flatten", "ravel", "unflatten", "squeeze",
    "unsqueeze", "transpose", "swapaxes", "swapdims", "permute", "t", "clone", "unbind",
    "narrow", "mm", "mv", "dot", "inner", "bmm", "matmul", "outer", "ger", "masked_fill",
    "nonzero", "nan_to_num", "positive", "clamp_min", "clamp_max",
    "addcmul", "addcdiv", "relu_", "var", "std", "var_mean", "std_mean", "logsumexp",
    "cumsum", "cumprod", "softmax", "log_softmax", "median", "sort", "argsort", "topk", "diag",
    "inverse", "det", "trace", "addmm",
    "addmv", "einsum", "clamp_min_", "clamp_max_", "exp_", "sigmoid_", "tanh_", "sqrt_",
    "square", "sgn", "dist", "vdot", "baddbmm", "float_power", "xlogy", "erfc",
    "deg2rad", "rad2deg", "logit", "copysign",
)


def _seed_fn():
    return rng.default_generator.seed()


def manual_seed(seed):
    rng.default_generator.manual_seed(int(seed))
    return rng.default_generator


def _gen(generator):
    return generator if generator is not None else rng.default_generator


def _float_dt(dtype):
    return dtype or dtypes.default_float()


def rand(*size, generator=None, dtype=None, requires_grad=False, device=None):
    shape = creation._size(size, "rand")
    dt = _float_dt(dtype)
    return creation._finish(_gen(generator).rand(shape, dt.np), dt, requires_grad)


def randn(*size, generator=None, dtype=None, requires_grad=False, device=None):
    shape = creation._size(size, "randn")
    dt = _float_dt(dtype)
    return creation._finish(_gen(generator).normal(shape, 0.0, 1.0, dt.np), dt, requires_grad)


def randint(low, high=None, size=None, *, generator=None, dtype=None, requires_grad=False,
            device=None):
    if size is None and isinstance(high, (tuple, list, Size)):
        low, high, size = 0, low, high           # torch.randint(high, size)
    if high is None:
        low, high = 0, low
    if size is None:
        raise TypeError("randint() missing required argument 'size'")
    shape = creation._size((size,), "randint")
    dt = dtype or dtypes.int64
    if low >= high:
        raise RuntimeError(
            f"random_ expects 'from' to be less than 'to', but got from={low} >= to={high}")
    return creation._finish(_gen(generator).randint(low, high, shape).astype(dt.np), dt,
                            requires_grad)


def randperm(n, *, generator=None, dtype=None, requires_grad=False, device=None):
    dt = dtype or dtypes.int64
    return creation._finish(_gen(generator).randperm(n).astype(dt.np), dt, requires_grad)


def rand_like(t, dtype=None, requires_grad=False):
    return rand(t._data.shape, dtype=dtype or t.dtype, requires_grad=requires_grad)


def randn_like(t, dtype=None, requires_grad=False):
    return randn(t._data.shape, dtype=dtype or t.dtype, requires_grad=requires_grad)


def randint_like(t, low, high=None, dtype=None, requires_grad=False):
    if high is None:
        low, high = 0, low
    return randint(low, high, t._data.shape, dtype=dtype or t.dtype)


def normal(mean, std=1.0, size=None, *, generator=None, dtype=None, requires_grad=False):
    g = _gen(generator)
    if isinstance(mean, Tensor) or isinstance(std, Tensor):
        mt = mean if isinstance(mean, Tensor) else None
        st = std if isinstance(std, Tensor) else None
        ref = mt if mt is not None else st
        shape = ref._data.shape if st is None or mt is None else np.broadcast_shapes(
            mt._data.shape, st._data.shape)
        dt = ref.dtype
        if mt is not None and st is not None:
            out = make(g.normal(shape, 0.0, 1.0, dt.np), dt)
            return out * st + mt
        if st is None:
            out = make(g.normal(shape, 0.0, float(std), dt.np), dt)
            return out + mt
        out = make(g.normal(shape, 0.0, 1.0, dt.np), dt)
        return out * st + mean
    shape = creation._size((size,), "normal")
    dt = _float_dt(dtype)
    return creation._finish(g.normal(shape, float(mean), float(std), dt.np), dt, requires_grad)


def _normal_(self, mean=0.0, std=1.0, *, generator=None):
    with autograd.no_grad():
        vals = _gen(generator).normal(self._data.shape, float(mean), float(std), self.dtype.np,
                                      contiguous=self._data.flags.c_contiguous)
        self._data[...] = vals
        self._vc[0] += 1
    return self


def _uniform_(self, a=0.0, b=1.0, *, generator=None):
    with autograd.no_grad():
        self._data[...] = _gen(generator).uniform(self._data.shape, a, b, self.dtype.np)
        self._vc[0] += 1
    return self


def _bernoulli_(self, p=0.5, *, generator=None):
    self._data[...] = _gen(generator).bernoulli(self._data.shape, float(p), self.dtype.np)
    self._vc[0] += 1
    return self


def bernoulli(input, p=None, *, generator=None):
    g = _gen(generator)
    if p is not None:
        return make(g.bernoulli(input._data.shape, float(p), input.dtype.np), input.dtype)
    return make(g.bernoulli_tensor(input._data, input.dtype.np), input.dtype)


def _exponential_(self, lambd=1.0, *, generator=None):
    if lambd <= 0:
        raise RuntimeError(f"exponential_ expects lambda > 0.0, but found lambda={lambd}")
    with autograd.no_grad():
        self._data[...] = _gen(generator).exponential(self._data.shape, lambd, self.dtype.np)
        self._vc[0] += 1
    return self


def multinomial(input, num_samples, replacement=False, *, generator=None):
    d = input._data
    if input.dtype.category != 2:
        raise RuntimeError("multinomial only supports floating-point dtypes for input, got: "
                           f"{input.dtype.short_name}")
    if d.ndim not in (1, 2):
        raise RuntimeError("prob_dist must be 1 or 2 dim")
    if num_samples <= 0:
        raise RuntimeError("cannot sample n_sample <= 0 samples")
    if not replacement and num_samples > d.shape[-1]:
        raise RuntimeError("cannot sample n_sample > prob_dist.size(-1) samples without "
                           "replacement")
    if not np.all(np.isfinite(d)) or (d < 0).any():
        raise RuntimeError("probability tensor contains either `inf`, `nan` or element < 0")
    if (d.reshape(-1, d.shape[-1]).sum(axis=1) <= 0).any():
        raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")
    return make(_gen(generator).multinomial(d, int(num_samples), bool(replacement)),
                dtypes.int64)


for _name, _fn in (("normal_", _normal_), ("uniform_", _uniform_),
                   ("bernoulli_", _bernoulli_), ("exponential_", _exponential_),
                   ("multinomial", multinomial)):
    setattr(Tensor, _name, _fn)
    Tensor._script_attrs.add(_name)
Tensor.bernoulli = bernoulli
Tensor._script_attrs.add("bernoulli")


def get_rng_state():
    return make(rng.default_generator.get_state(), dtypes.uint8)


def set_rng_state(state):
    rng.default_generator.set_state(state._data)


class Generator(rng.Generator):
    _script_attrs = frozenset({"manual_seed", "initial_seed", "seed", "get_state",
                               "set_state"})

    def __init__(self, device="cpu"):
        super().__init__(seed=rng.DEFAULT_SEED)

    def get_state(self):
        return make(super().get_state(), dtypes.uint8)

    def set_state(self, state):
        super().set_state(state._data if isinstance(state, Tensor) else state)
        return self


def _device(spec="cpu", index=None):
    """torch.device: only the CPU exists here."""
    if str(spec).split(":")[0] != "cpu":
        raise RuntimeError(f"gradcli runs on the CPU only (asked for device {spec!r})")
    return CPU


def is_tensor(obj):
    return isinstance(obj, Tensor)


def numel(t):
    return t.numel()


def set_default_dtype(dt):
    if not dt.is_floating_point:
        raise TypeError("only floating-point types are supported as the default type")
    dtypes.set_default_float(dt)


def get_default_dtype():
    return dtypes.default_float()


def _set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None,
                      profile=None, sci_mode=None):
    printing.set_printoptions(precision=precision, threshold=threshold, edgeitems=edgeitems,
                              linewidth=linewidth, profile=profile, sci_mode=sci_mode)


def result_type(a, b):
    from .dispatch import result_dtype
    return result_dtype(a, b)


#: torch functions that keep the method's own errors for a non-Tensor `input` (PyTorch's
#: torch.norm is Python code that fails on the first attribute it reads)
_UNCHECKED = frozenset({"norm", "einsum"})


def torch_namespace() -> dict:
    """name -> object for `import torch` (built once per process)."""
    global _NAMESPACE
    if _NAMESPACE is not None:
        return _NAMESPACE
    ns = {}
    for name in _METHOD_FUNCTIONS:
        fn = getattr(Tensor, name)
        ns[name] = fn if name in _UNCHECKED else torch_args.wrap(name, fn)
    ns.update(
        Tensor=Tensor, Size=Size, tensor=creation.tensor, as_tensor=creation.as_tensor,
        zeros=creation.zeros, ones=creation.ones, empty=creation.empty, full=creation.full,
        zeros_like=creation.zeros_like, ones_like=creation.ones_like,
        empty_like=creation.empty_like, full_like=creation.full_like,
        arange=creation.arange, linspace=creation.linspace, logspace=creation.logspace,
        eye=creation.eye, scalar_tensor=creation.scalar_tensor,
        cat=ops_join.cat, concat=ops_join.cat, concatenate=ops_join.cat, stack=ops_join.stack,
        where=ops_pointwise.where, rsub=ops_pointwise.rsub,
        manual_seed=manual_seed, seed=_seed_fn,
        initial_seed=lambda: rng.default_generator.initial_seed(),
        rand=rand, randn=randn, randint=randint, randperm=randperm, rand_like=rand_like,
        randn_like=randn_like, randint_like=randint_like, normal=normal, bernoulli=bernoulli,
        get_rng_state=get_rng_state, set_rng_state=set_rng_state, Generator=Generator,
        multinomial=multinomial,
        no_grad=autograd.no_grad, enable_grad=autograd.enable_grad,
        set_grad_enabled=autograd.set_grad_enabled, inference_mode=autograd.inference_mode,
        is_grad_enabled=autograd.is_grad_enabled, is_tensor=is_tensor, numel=numel,
        set_default_dtype=set_default_dtype, get_default_dtype=get_default_dtype,
        set_printoptions=_set_printoptions, result_type=result_type,
        pi=math.pi, e=math.e, inf=math.inf, nan=math.nan,
        float32=dtypes.float32, float=dtypes.float32, float64=dtypes.float64,
        double=dtypes.float64, float16=dtypes.float16, half=dtypes.float16,
        int64=dtypes.int64, long=dtypes.int64, int32=dtypes.int32, int=dtypes.int32,
        int16=dtypes.int16, short=dtypes.int16, int8=dtypes.int8, uint8=dtypes.uint8,
        bool=dtypes.bool_, bfloat16=dtypes.bfloat16, complex64=dtypes.complex64,
        cfloat=dtypes.complex64, complex128=dtypes.complex128, cdouble=dtypes.complex128,
        device=_device,
        pow=torch_args.wrap("pow", ops_pointwise.pow_fn),
    )
    for name in ("zeros_like", "ones_like", "empty_like", "full_like", "rand_like",
                 "randn_like", "randint_like", "numel", "rsub"):
        ns[name] = torch_args.wrap(name, ns[name])
    # torch.autograd, torch.nn and torch.nn.functional are filled by the extension modules.
    ns["autograd"] = {}
    ns["nn"] = {"functional": {}}
    ns["linalg"] = {"vector_norm": ops_reduce.vector_norm, "norm": ops_linalg_extra.linalg_norm,
                    "inv": ops_linalg_extra.inverse, "det": ops_linalg_extra.det,
                    "matmul": Tensor.matmul, "vecdot": ops_linalg_extra.vecdot}
    _extend(ns)
    _NAMESPACE = ns
    return ns


# Modules that add to the namespace: each defines `extend(ns: dict) -> None`.
_EXTENSIONS = ("functional", "nn", "nn_layers", "nn_init", "nn_utils", "lr_scheduler",
               "autograd_api", "gradcheck", "data", "ops_complex", "ops_join", "ops_misc",
               "type_info",
               "compat",
               "out_arg")  # out_arg last


def _extend(ns):
    """Let op families defined in other modules (nn.functional, nn modules, the autograd
    API) add their names; a module that is not there yet is skipped."""
    import importlib
    for name in _EXTENSIONS:
        try:
            mod = importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{name}":
                raise
            continue
        mod.extend(ns)


def reset_state():
    """Per-run reset (print options, default dtype, grad mode)."""
    printing.reset_printoptions()
    dtypes.set_default_float(dtypes.float32)
    autograd.set_grad_enabled_raw(True)
    for key in tensor_module._warned_once:
        tensor_module._warned_once[key] = False


__all__ = ["torch_namespace", "reset_state", "Tensor"]
ops_convert, ops_index, ops_linalg, ops_shape  # imported for their Tensor methods
