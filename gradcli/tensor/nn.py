"""torch.nn subset: Parameter, Module basics, Linear, activations, Dropout, Sequential and
the loss modules. Scripts cannot define classes, so modules are only the built-in ones."""
from __future__ import annotations

import numpy as np

from . import dtypes
from . import functional as F
from . import module_hooks
from .tensor import Tensor, adopt, make


class Parameter(Tensor):
    """A leaf tensor that requires grad and prints `Parameter containing:` first."""

    __slots__ = ()

    def __new__(cls, data=None, requires_grad=True):
        if data is None:
            data = make(np.zeros((0,), dtypes.default_float().np), dtypes.default_float())
        if not isinstance(data, Tensor):
            raise TypeError(
                f"Parameter.__new__() got an unexpected type for data: {type(data).__name__}")
        p = adopt(Tensor.__new__(cls), make(data._data, data.dtype))
        p._vc = data._vc
        if requires_grad and not data.dtype.is_floating_point:
            raise RuntimeError(
                "Only Tensors of floating point and complex dtype can require gradients")
        p._requires_grad = bool(requires_grad)
        return p

    def __init__(self, data=None, requires_grad=True):
        pass

    def __repr__(self, *, tensor_contents=None):
        from .printing import format_parameter
        fn = self.grad_fn
        return format_parameter(self._data, self.dtype,
                                grad_fn_name=type(fn).__name__ if fn is not None else None,
                                requires_grad=self._requires_grad)

    __str__ = __repr__


class Module:
    _script_attrs = frozenset({
        "parameters", "named_parameters", "zero_grad", "train", "eval", "training",
        "forward", "children", "named_children", "modules", "requires_grad_",
        "extra_repr", "float", "double", "to", "cpu", "apply", "num_parameters",
        "state_dict", "load_state_dict", "named_modules", "half", "register_buffer",
        "buffers", "named_buffers", "register_parameter", "register_module", "add_module",
        "register_forward_hook", "register_forward_pre_hook", "get_submodule",
        "register_full_backward_hook", "register_full_backward_pre_hook",
    })
    _script_settable = frozenset()
    # engine bookkeeping, not readable by script subclasses
    _script_private = frozenset({"_params", "_children", "_buffers", "_hooks"})

    def __init__(self):
        self.training = True
        self._params = {}
        self._buffers = {}
        self._children = {}
        self._hooks = ([], [], [], [])  # forward pre, forward, backward, backward pre

    # parameters and children
    def _named(self, prefix=""):
        seen = set()
        for name, p in self._params.items():
            if p is not None and id(p) not in seen:
                seen.add(id(p))
                yield prefix + name, p
        for cname, child in self._children.items():
            if child is None:
                continue
            for name, p in child._named(prefix + cname + "."):
                if id(p) not in seen:
                    seen.add(id(p))
                    yield name, p

    # generators, as in PyTorch (`print(model.parameters())` shows a generator object)
    def named_parameters(self, prefix="", recurse=True):
        yield from list(self._named(prefix + "." if prefix else ""))

    def parameters(self, recurse=True):
        yield from [p for _, p in self._named()]

    def children(self):
        yield from [c for c in self._children.values() if c is not None]

    def named_children(self):
        yield from [(n, c) for n, c in self._children.items() if c is not None]

    def modules(self):
        out = [self]
        for c in self.children():
            out.extend(c.modules())
        yield from out

    def named_modules(self, memo=None, prefix=""):
        out = [(prefix, self)]
        for name, c in self.named_children():
            out.extend(c.named_modules(prefix=prefix + ("." if prefix else "") + name))
        yield from out

    # buffers: tensors that belong to the module's state but are not trained
    def register_buffer(self, name, tensor, persistent=True):
        if "_buffers" not in self.__dict__:
            raise AttributeError("cannot assign buffer before Module.__init__() call")
        if not isinstance(name, str):
            raise TypeError(f"buffer name should be a string. Got {type(name).__name__}")
        if "." in name:
            raise KeyError('buffer name can\'t contain "."')
        if name == "":
            raise KeyError('buffer name can\'t be empty string ""')
        if (name in self.__dict__ or name in self._params or name in self._children
                or hasattr(type(self), name)) and name not in self._buffers:
            raise KeyError(f"attribute '{name}' already exists")
        if tensor is not None and not isinstance(tensor, Tensor):
            raise TypeError(f"cannot assign '{_typename(tensor)}' object to buffer '{name}' "
                            "(torch Tensor or None required)")
        self._buffers[name] = tensor
        if not persistent:
            self.__dict__.setdefault("_transient", set()).add(name)

    def named_buffers(self, prefix="", recurse=True):
        out = [(prefix + ("." if prefix else "") + n, b)
               for n, b in self._buffers.items() if b is not None]
        if recurse:
            for cname, child in self.named_children():
                out.extend(child.named_buffers(prefix + ("." if prefix else "") + cname))
        yield from out

    def buffers(self, recurse=True):
        yield from [b for _, b in self.named_buffers(recurse=recurse)]

    def register_parameter(self, name, param):
        if param is not None and not isinstance(param, Parameter):
            raise TypeError(f"cannot assign '{_typename(param)}' object to parameter "
                            f"'{name}' (torch.nn.Parameter or None required)")
        self._params[name] = param

    def add_module(self, name, module):
        if module is not None and not isinstance(module, Module):
            raise TypeError(f"{_typename(module)} is not a Module subclass")
        self._children[name] = module

    register_module = add_module

    def get_submodule(self, target):
        mod = self
        for part in target.split(".") if target else []:
            child = mod._children.get(part)
            if child is None:
                raise AttributeError(f"{type(mod).__name__} has no attribute `{part}`")
            mod = child
        return mod

    def _state(self, prefix=""):
        transient = self.__dict__.get("_transient", ())
        for name, p in self._params.items():
            if p is not None:
                yield prefix + name, p
        for name, b in self._buffers.items():
            if b is not None and name not in transient:
                yield prefix + name, b
        for cname, child in self._children.items():
            if child is not None:
                yield from child._state(prefix + cname + ".")

    def state_dict(self):
        """Parameter and buffer name -> values (sharing memory, no grad), module by
        module: a module's parameters, then its buffers, then its children's."""
        import collections
        return collections.OrderedDict((n, p.detach()) for n, p in self._state())

    def load_state_dict(self, state_dict, strict=True):
        own = dict(self._state())
        missing = [n for n in own if n not in state_dict]
        unexpected = [n for n in state_dict if n not in own]
        errors = []
        if strict and unexpected:
            errors.append("Unexpected key(s) in state_dict: "
                          + ", ".join(f'"{n}"' for n in unexpected) + ". ")
        if strict and missing:
            errors.append("Missing key(s) in state_dict: "
                          + ", ".join(f'"{n}"' for n in missing) + ". ")
        for name, p in own.items():
            v = state_dict.get(name)
            if isinstance(v, Tensor) and v._data.shape != p._data.shape:
                errors.append(f"size mismatch for {name}: copying a param with shape "
                              f"{v.shape} from checkpoint, the shape in current model is "
                              f"{p.shape}.")
        if errors:
            raise RuntimeError(f"Error(s) in loading state_dict for {type(self).__name__}:\n\t"
                               + "\n\t".join(errors))
        for name, p in own.items():
            v = state_dict.get(name)
            if isinstance(v, Tensor):
                p._data[...] = v._data.astype(p.dtype.np, copy=False)
                p._vc[0] += 1
        return _IncompatibleKeys(missing, unexpected)

    def zero_grad(self, set_to_none=True):
        for p in self.parameters():
            if p._grad is not None:
                if set_to_none:
                    p._grad = None
                else:
                    p._grad = make(np.zeros_like(p._grad._data), p._grad.dtype)

    def requires_grad_(self, requires_grad=True):
        for p in self.parameters():
            p.requires_grad_(requires_grad)
        return self

    def train(self, mode=True):
        if not isinstance(mode, bool):
            raise ValueError("training mode is expected to be boolean")
        self.training = mode
        for c in self.children():
            c.train(mode)
        return self

    def eval(self):
        return self.train(False)

    def _cast(self, dt):
        """Module.float()/double()/half(): floating parameters, their gradients and
        floating buffers change dtype in place (the Parameter objects stay the same)."""
        def conv(t):
            return make(t._data.astype(dt.np), dt) if t.dtype.is_floating_point else t
        for m in self.modules():
            for p in m._params.values():
                if p is not None and p.dtype.is_floating_point:
                    p._data = conv(p)._data
                    p.dtype = dt
                    if p._grad is not None:
                        p._grad = conv(p._grad)
            for name, b in m._buffers.items():
                if b is not None:
                    m._buffers[name] = conv(b)
        return self

    def float(self):
        return self._cast(dtypes.float32)

    def double(self):
        return self._cast(dtypes.float64)

    def half(self):
        return self._cast(dtypes.float16)

    def cpu(self):
        return self

    def to(self, *args, **kwargs):
        dt = kwargs.get("dtype")
        for a in args:
            if isinstance(a, dtypes.DType):
                dt = a
            elif isinstance(a, Tensor):
                dt = a.dtype
        if dt is not None:
            if not (dt.is_floating_point or dt.is_complex):
                raise TypeError("nn.Module.to only accepts floating point or complex dtypes, "
                                f"but got desired dtype={dt}")
            self._cast(dt)
        return self

    def apply(self, fn):
        for c in self.children():
            c.apply(fn)
        fn(self)
        return self

    # hooks (gradcli/tensor/module_hooks.py runs them)
    def register_forward_pre_hook(self, hook, *, prepend=False, with_kwargs=False):
        return module_hooks.add_hook(self, module_hooks.FORWARD_PRE, (hook, with_kwargs),
                                     prepend)

    def register_forward_hook(self, hook, *, prepend=False, with_kwargs=False,
                              always_call=False):
        return module_hooks.add_hook(self, module_hooks.FORWARD, (hook, with_kwargs), prepend)

    def register_full_backward_hook(self, hook, prepend=False):
        return module_hooks.add_hook(self, module_hooks.BACKWARD, hook, prepend)

    def register_full_backward_pre_hook(self, hook, prepend=False):
        return module_hooks.add_hook(self, module_hooks.BACKWARD_PRE, hook, prepend)

    def __call__(self, *args, **kwargs):
        hooks = self.__dict__.get("_hooks")
        if not hooks or not any(hooks):
            return self.forward(*args, **kwargs)
        return module_hooks.call_with_hooks(self, hooks, args, kwargs)

    def forward(self, *args, **kwargs):
        raise NotImplementedError(
            f'Module [{type(self).__name__}] is missing the required "forward" function')

    # printing
    def extra_repr(self):
        return ""

    def _child_lines(self):
        return [(f"({name}): ", repr(child)) for name, child in self._children.items()]

    def __repr__(self):
        lines = []
        for label, text in self._child_lines():
            text = text.split("\n")
            text = text[:1] + ["  " + t for t in text[1:]]
            lines.append(label + "\n".join(text))
        extra = self.extra_repr()
        head = type(self).__name__ + "("
        if not lines:
            return head + extra + ")"
        body = ([extra] if extra else []) + lines
        return head + "\n  " + "\n  ".join(body) + "\n)"

    __str__ = __repr__


class _IncompatibleKeys(tuple):
    _script_attrs = frozenset({"missing_keys", "unexpected_keys"})

    def __new__(cls, missing, unexpected):
        return tuple.__new__(cls, (missing, unexpected))

    @property
    def missing_keys(self):
        return self[0]

    @property
    def unexpected_keys(self):
        return self[1]

    def __repr__(self):
        if not self[0] and not self[1]:
            return "<All keys matched successfully>"
        return f"_IncompatibleKeys(missing_keys={self[0]}, unexpected_keys={self[1]})"

    __str__ = __repr__


class Linear(Module):
    _script_attrs = Module._script_attrs | {"weight", "bias", "in_features", "out_features"}
    _script_settable = frozenset({"weight", "bias"})

    def __init__(self, in_features, out_features, bias=True, device=None, dtype=None):
        Module.__init__(self)
        from .random import default_generator
        # the weight is torch.empty((out_features, in_features)): its argument errors
        if not isinstance(out_features, int) or isinstance(out_features, bool):
            raise TypeError("empty(): argument 'size' (position 1) must be tuple of ints, but "
                            f"found element of type {type(out_features).__name__} at pos 0")
        if not isinstance(in_features, int) or isinstance(in_features, bool):
            raise TypeError("empty(): argument 'size' failed to unpack the object at pos 2 "
                            "with error \"type must be tuple of ints,but got "
                            f"{type(in_features).__name__}\"")
        self.in_features = in_features
        self.out_features = out_features
        dt = dtype or dtypes.default_float()
        w, b = default_generator.linear_init(in_features, out_features, bias)
        self._params["weight"] = Parameter(make(np.asarray(w, dt.np), dt))
        self._params["bias"] = (Parameter(make(np.asarray(b, dt.np), dt))
                                if bias else None)

    @property
    def weight(self):
        return self._params["weight"]

    @weight.setter
    def weight(self, value):
        self._set_param("weight", value)

    @property
    def bias(self):
        return self._params["bias"]

    @bias.setter
    def bias(self, value):
        self._set_param("bias", value)

    def _set_param(self, name, value):
        if value is not None and not isinstance(value, Parameter):
            raise TypeError(
                f"cannot assign '{_typename(value)}' as parameter '{name}' (torch.nn.Parameter "
                "or None expected)")
        self._params[name] = value

    def forward(self, input):
        return F.linear(input, self.weight, self.bias)

    def extra_repr(self):
        return (f"in_features={self.in_features}, out_features={self.out_features}, "
                f"bias={self.bias is not None}")


def _typename(v):
    if isinstance(v, Tensor):
        return "torch.FloatTensor" if v.dtype is dtypes.float32 else type(v).__name__
    return type(v).__name__


class _Activation(Module):
    _fn = None

    def __init__(self, inplace=False):
        Module.__init__(self)
        self.inplace = inplace

    def extra_repr(self):
        return "inplace=True" if self.inplace else ""


class ReLU(_Activation):
    _script_attrs = Module._script_attrs | {"inplace"}

    def forward(self, input):
        return F.relu(input, inplace=self.inplace)


class Sigmoid(Module):
    def forward(self, input):
        return input.sigmoid()


class Tanh(Module):
    def forward(self, input):
        return input.tanh()


class GELU(Module):
    _script_attrs = Module._script_attrs | {"approximate"}

    def __init__(self, approximate="none"):
        Module.__init__(self)
        self.approximate = approximate

    def forward(self, input):
        return F.gelu(input, approximate=self.approximate)

    def extra_repr(self):
        return f"approximate='{self.approximate}'"


class SiLU(_Activation):
    _script_attrs = Module._script_attrs | {"inplace"}

    def forward(self, input):
        return F.silu(input, inplace=self.inplace)


class _OneParameterActivation(Module):
    """An activation with one number and `inplace` (LeakyReLU's slope, ELU's alpha)."""

    _param = ""
    _fn = None

    def __init__(self, value, inplace=False):
        Module.__init__(self)
        setattr(self, self._param, value)
        self.inplace = inplace

    def forward(self, input):
        return type(self)._fn(input, getattr(self, self._param), self.inplace)

    def extra_repr(self):
        return f"{self._param}={getattr(self, self._param)}" + (
            ", inplace=True" if self.inplace else "")


class LeakyReLU(_OneParameterActivation):
    _script_attrs = Module._script_attrs | {"negative_slope", "inplace"}
    _param = "negative_slope"
    _fn = staticmethod(F.leaky_relu)

    def __init__(self, negative_slope=0.01, inplace=False):
        _OneParameterActivation.__init__(self, negative_slope, inplace)


class ELU(_OneParameterActivation):
    _script_attrs = Module._script_attrs | {"alpha", "inplace"}
    _param = "alpha"
    _fn = staticmethod(F.elu)

    def __init__(self, alpha=1.0, inplace=False):
        _OneParameterActivation.__init__(self, alpha, inplace)


class Softmax(Module):
    _script_attrs = Module._script_attrs | {"dim"}

    def __init__(self, dim=None):
        Module.__init__(self)
        self.dim = dim

    def forward(self, input):
        return F.softmax(input, self.dim)

    def extra_repr(self):
        return f"dim={self.dim}"


class LogSoftmax(Softmax):
    def forward(self, input):
        return F.log_softmax(input, self.dim)


class Dropout(Module):
    _script_attrs = Module._script_attrs | {"p", "inplace"}

    def __init__(self, p=0.5, inplace=False):
        Module.__init__(self)
        if p < 0 or p > 1:
            raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
        self.p = p
        self.inplace = inplace

    def forward(self, input):
        return F.dropout(input, self.p, self.training, self.inplace)

    def extra_repr(self):
        return f"p={self.p}, inplace={self.inplace}"


class Identity(Module):
    def __init__(self, *args, **kwargs):
        Module.__init__(self)

    def forward(self, input):
        return input


class Flatten(Module):
    _script_attrs = Module._script_attrs | {"start_dim", "end_dim"}

    def __init__(self, start_dim=1, end_dim=-1):
        Module.__init__(self)
        self.start_dim = start_dim
        self.end_dim = end_dim

    def forward(self, input):
        return input.flatten(self.start_dim, self.end_dim)

    def extra_repr(self):
        return f"start_dim={self.start_dim}, end_dim={self.end_dim}"


class _ModuleSequence(Module):
    """Submodules registered as "0", "1", ...: indexing, len, iteration, append."""

    def _from_list(self, modules):
        raise NotImplementedError

    def __getitem__(self, idx):
        mods = list(self._children.values())
        if isinstance(idx, slice):
            return self._from_list(mods[idx])
        n = len(mods)
        if not -n <= idx < n:
            raise IndexError(f"index {idx} is out of range")
        return mods[idx]

    def __setitem__(self, idx, module):
        n = len(self._children)
        if not -n <= idx < n:
            raise IndexError(f"index {idx} is out of range")
        if not isinstance(module, Module):
            raise TypeError(f"{_typename(module)} is not a Module subclass")
        self._children[list(self._children)[idx]] = module

    def __len__(self):
        return len(self._children)

    def __iter__(self):
        return iter(list(self._children.values()))

    def append(self, module):
        if not isinstance(module, Module):
            raise TypeError(f"{_typename(module)} is not a Module subclass")
        self._children[str(len(self._children))] = module
        return self


class Sequential(_ModuleSequence):
    _script_attrs = Module._script_attrs | {"append"}

    def __init__(self, *modules):
        Module.__init__(self)
        if len(modules) == 1 and isinstance(modules[0], dict):   # Sequential(OrderedDict)
            for name, m in modules[0].items():
                self.add_module(name, m)
            return
        for m in modules:
            self.append(m)

    def _from_list(self, modules):
        return Sequential(*modules)

    def __getitem__(self, idx):
        if isinstance(idx, slice):   # a slice keeps the children's names (PyTorch)
            import collections
            return Sequential(collections.OrderedDict(list(self._children.items())[idx]))
        return _ModuleSequence.__getitem__(self, idx)

    def forward(self, input):
        for m in self._children.values():
            input = m(input)
        return input


class ModuleList(_ModuleSequence):
    """A list of submodules (no forward of its own)."""

    _script_attrs = Module._script_attrs | {"append", "extend", "insert"}

    def __init__(self, modules=None):
        Module.__init__(self)
        if modules is not None:
            self.extend(modules)

    def _from_list(self, modules):
        return ModuleList(modules)

    def _child_lines(self):
        """Runs of equal-looking modules print as one line: `(0-2): 3 x Linear(...)`."""
        lines = []
        names = list(self._children)
        texts = [repr(m) for m in self._children.values()]
        i = 0
        while i < len(texts):
            j = i
            while j + 1 < len(texts) and texts[j + 1] == texts[i]:
                j += 1
            if j == i:
                lines.append((f"({names[i]}): ", texts[i]))
            else:
                lines.append((f"({names[i]}-{names[j]}): {j - i + 1} x ", texts[i]))
            i = j + 1
        return lines

    def extend(self, modules):
        for m in modules:
            self.append(m)
        return self

    def insert(self, index, module):
        mods = list(self._children.values())
        mods.insert(index, module)
        self._children = {}
        self.extend(mods)


class _Loss(Module):
    _script_attrs = Module._script_attrs | {"reduction"}
    _fn = None

    def __init__(self, size_average=None, reduce=None, reduction="mean"):
        Module.__init__(self)
        self.reduction = F.legacy_reduction(size_average, reduce, reduction)

    def forward(self, input, target):
        return type(self)._fn(input, target, reduction=self.reduction)


class MSELoss(_Loss):
    _fn = staticmethod(F.mse_loss)


class L1Loss(_Loss):
    _fn = staticmethod(F.l1_loss)


class SmoothL1Loss(_Loss):
    def __init__(self, size_average=None, reduce=None, reduction="mean", beta=1.0):
        _Loss.__init__(self, size_average, reduce, reduction)
        self.beta = beta

    def forward(self, input, target):
        return F.smooth_l1_loss(input, target, reduction=self.reduction, beta=self.beta)


class HuberLoss(_Loss):
    def __init__(self, reduction="mean", delta=1.0):
        _Loss.__init__(self, reduction=reduction)
        self.delta = delta

    def forward(self, input, target):
        return F.huber_loss(input, target, reduction=self.reduction, delta=self.delta)


class BCELoss(_Loss):
    def __init__(self, weight=None, size_average=None, reduce=None, reduction="mean"):
        _Loss.__init__(self, size_average, reduce, reduction)
        self.weight = weight

    def forward(self, input, target):
        return F.binary_cross_entropy(input, target, self.weight, reduction=self.reduction)


class BCEWithLogitsLoss(_Loss):
    def __init__(self, weight=None, size_average=None, reduce=None, reduction="mean",
                 pos_weight=None):
        _Loss.__init__(self, size_average, reduce, reduction)
        self.weight = weight
        self.pos_weight = pos_weight

    def forward(self, input, target):
        return F.binary_cross_entropy_with_logits(input, target, self.weight,
                                                  reduction=self.reduction,
                                                  pos_weight=self.pos_weight)


class CrossEntropyLoss(_Loss):
    _script_attrs = _Loss._script_attrs | {"ignore_index", "label_smoothing"}

    def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None,
                 reduction="mean", label_smoothing=0.0):
        _Loss.__init__(self, size_average, reduce, reduction)
        self.weight = weight
        self.ignore_index = ignore_index
        self.label_smoothing = label_smoothing

    def forward(self, input, target):
        return F.cross_entropy(input, target, self.weight, ignore_index=self.ignore_index,
                               reduction=self.reduction, label_smoothing=self.label_smoothing)


class NLLLoss(_Loss):
    _script_attrs = _Loss._script_attrs | {"ignore_index"}

    def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None,
                 reduction="mean"):
        _Loss.__init__(self, size_average, reduce, reduction)
        self.weight = weight
        self.ignore_index = ignore_index

    def forward(self, input, target):
        return F.nll_loss(input, target, self.weight, ignore_index=self.ignore_index,
                          reduction=self.reduction)


MODULES = {
    "Parameter": Parameter, "Module": Module, "Linear": Linear, "ReLU": ReLU,
    "Sigmoid": Sigmoid, "Tanh": Tanh, "GELU": GELU, "SiLU": SiLU, "LeakyReLU": LeakyReLU,
    "ELU": ELU,
    "Softmax": Softmax, "LogSoftmax": LogSoftmax, "Dropout": Dropout, "Identity": Identity,
    "Flatten": Flatten, "Sequential": Sequential, "ModuleList": ModuleList,
    "MSELoss": MSELoss, "L1Loss": L1Loss,
    "SmoothL1Loss": SmoothL1Loss, "HuberLoss": HuberLoss, "BCELoss": BCELoss,
    "BCEWithLogitsLoss": BCEWithLogitsLoss, "CrossEntropyLoss": CrossEntropyLoss,
    "NLLLoss": NLLLoss,
}


# where PyTorch defines each class (`type(m)` prints <class 'torch.nn.modules.linear.Linear'>)
_HOME = {"Parameter": "parameter", "Module": "modules.module", "Linear": "modules.linear",
         "Identity": "modules.linear", "Dropout": "modules.dropout", "Flatten": "modules.flatten",
         "Sequential": "modules.container", "ModuleList": "modules.container"}
for _name, _cls in MODULES.items():
    _cls.__module__ = "torch.nn." + _HOME.get(
        _name, "modules.loss" if _name.endswith("Loss") else "modules.activation")


def extend(ns):
    nn = ns.setdefault("nn", {})
    nn.update(MODULES)
    nn.setdefault("functional", {})
    from . import optim
    optim.extend(ns)
