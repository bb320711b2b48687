"""torch.optim subset: SGD, Adam, AdamW, RMSprop and Adagrad, following the update order of PyTorch's single-tensor
(for-loop) CPU implementations. Updates are done on the parameters' arrays without
recording a graph, and bump the version counters as in-place ops do."""
from __future__ import annotations

import math
from collections import defaultdict

import numpy as np

from . import dtypes
from .tensor import Tensor, make

_FMA = True


def _fma(a, b, c):
    """a * b + c rounded once (as the vectorised CPU kernels do) or twice."""
    a = np.asarray(a)
    if _FMA:
        from .random_math import fma32, fma64
        dt = np.result_type(a, b, c)
        if dt == np.float32:
            return np.asarray(fma32(np.broadcast_to(np.asarray(a, np.float32), np.shape(c)),
                                    np.broadcast_to(np.asarray(b, np.float32), np.shape(c)),
                                    np.asarray(c, np.float32)), np.float32).reshape(np.shape(c))
        if dt == np.float64:
            return np.asarray(fma64(np.broadcast_to(np.asarray(a, np.float64), np.shape(c)),
                                    np.broadcast_to(np.asarray(b, np.float64), np.shape(c)),
                                    np.asarray(c, np.float64)), np.float64).reshape(np.shape(c))
    return a * b + c


def _write(p, arr):
    p._data[...] = arr
    p._vc[0] += 1


class _Optimizer:
    _script_attrs = frozenset({"step", "zero_grad", "param_groups", "state", "defaults",
                               "add_param_group", "state_dict"})
    _defaults = {}

    def __init__(self, params, defaults):
        if isinstance(params, Tensor):
            raise TypeError(
                "params argument given to the optimizer should be an iterable of Tensors or "
                f"dicts, but got {_tname(params)}")
        params = list(params)
        if not params:
            raise ValueError("optimizer got an empty parameter list")
        self.defaults = dict(defaults)
        self.state = defaultdict(dict)  # parameter -> its state, as in PyTorch
        self.param_groups = []
        if not isinstance(params[0], dict):
            params = [{"params": params}]
        for group in params:
            self.add_param_group(group)

    def add_param_group(self, group):
        group = dict(group)
        ps = group["params"]
        group["params"] = [ps] if isinstance(ps, Tensor) else list(ps)
        for p in group["params"]:
            if not isinstance(p, Tensor):
                raise TypeError("optimizer can only optimize Tensors, but one of the params "
                                f"is {type(p).__name__}")
            if p.grad_fn is not None:
                raise ValueError("can't optimize a non-leaf Tensor")
        for k, v in self.defaults.items():
            group.setdefault(k, v)
        self.param_groups.append(group)

    def zero_grad(self, set_to_none=True):
        for group in self.param_groups:
            for p in group["params"]:
                if p._grad is not None:
                    if set_to_none:
                        p._grad = None
                    else:
                        p._grad._data[...] = 0

    def _gradients(self):
        """(group, parameter, its numpy scalar type, gradient array, state) for each
        parameter with a gradient; the gradient negated under maximize."""
        for group in self.param_groups:
            for p in group["params"]:
                if p._grad is None:
                    continue
                g = p._grad._data
                yield group, p, p._data.dtype.type, (-g if group["maximize"] else g), \
                    self._state(p)

    def _state(self, p):
        return self.state[p]

    def state_dict(self):
        """{'state': {index: state}, 'param_groups': [options..., 'params': [indices]]}:
        parameters are numbered in group order; the state holds the live tensors."""
        index = {}
        groups = []
        for group in self.param_groups:
            packed = {k: v for k, v in group.items() if k != "params"}
            packed["params"] = [index.setdefault(id(p), len(index)) for p in group["params"]]
            groups.append(packed)
        return {"state": {index[id(p)]: st for p, st in self.state.items()},
                "param_groups": groups}

    def __repr__(self):
        lines = [type(self).__name__ + " ("]
        for i, g in enumerate(self.param_groups):
            if i:
                lines.append("")
            lines.append(f"Parameter Group {i}")
            for k in sorted(g):
                if k != "params":
                    lines.append(f"    {k}: {g[k]}")
        lines.append(")")
        return "\n".join(lines)


def _tname(v):
    return "torch.FloatTensor" if isinstance(v, Tensor) else type(v).__name__


class SGD(_Optimizer):
    def __init__(self, params, lr=0.001, momentum=0, dampening=0, weight_decay=0,
                 nesterov=False, *, maximize=False, foreach=None, differentiable=False,
                 fused=None):
        if lr < 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if momentum < 0.0:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if weight_decay < 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        _Optimizer.__init__(self, params, dict(
            lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
            nesterov=nesterov, maximize=maximize, foreach=foreach,
            differentiable=differentiable, fused=fused))

    def step(self, closure=None):
        loss = closure() if closure is not None else None
        for group in self.param_groups:
            lr, mom = group["lr"], group["momentum"]
            wd, damp = group["weight_decay"], group["dampening"]
            for p in group["params"]:
                if p._grad is None:
                    continue
                dt = p._data.dtype.type
                d = p._grad._data
                if group["maximize"]:
                    d = -d
                if wd != 0:
                    d = _fma(p._data, dt(wd), d)
                if mom != 0:
                    st = self._state(p)
                    buf = st.get("momentum_buffer")
                    if buf is None:
                        buf = make(np.array(d, copy=True), p.dtype)
                        st["momentum_buffer"] = buf
                    else:
                        b = buf._data * dt(mom)
                        buf._data[...] = _fma(d, dt(1 - damp), b) if damp else b + d
                    if group["nesterov"]:
                        d = _fma(buf._data, dt(mom), d)
                    else:
                        d = buf._data
                _write(p, _fma(d, dt(-lr), p._data))
        return loss


class Adam(_Optimizer):
    def __init__(self, params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0,
                 amsgrad=False, *, foreach=None, maximize=False, capturable=False,
                 differentiable=False, fused=None, decoupled_weight_decay=False):
        if lr < 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if eps < 0.0:
            raise ValueError(f"Invalid epsilon value: {eps}")
        if not 0.0 <= betas[0] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 0: {betas[0]}")
        if not 0.0 <= betas[1] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 1: {betas[1]}")
        if weight_decay < 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        _Optimizer.__init__(self, params, dict(
            lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
            maximize=maximize, foreach=foreach, capturable=capturable,
            differentiable=differentiable, fused=fused,
            decoupled_weight_decay=decoupled_weight_decay))

    def step(self, closure=None):
        loss = closure() if closure is not None else None
        for group, p, dt, g, st in self._gradients():
            lr, (b1, b2), eps = group["lr"], group["betas"], group["eps"]
            wd = group["weight_decay"]
            if not st:
                st["step"] = _step_tensor()
                st["exp_avg"] = _zeros_like(p)
                st["exp_avg_sq"] = _zeros_like(p)
                if group["amsgrad"]:
                    st["max_exp_avg_sq"] = _zeros_like(p)
            st["step"]._data += 1
            if wd != 0:
                if group["decoupled_weight_decay"]:
                    _write(p, p._data * dt(1 - lr * wd))
                else:
                    g = _fma(p._data, dt(wd), g)
            m = st["exp_avg"]._data
            v = st["exp_avg_sq"]._data
            m[...] = _lerp(m, g, 1 - b1)
            v[...] = _fma(g * dt(1 - b2), g, v * dt(b2))
            step = float(st["step"]._data)
            bc1 = 1 - b1 ** step
            bc2 = 1 - b2 ** step
            step_size = lr / bc1
            bc2_sqrt = math.sqrt(bc2)
            if group["amsgrad"]:
                mx = st["max_exp_avg_sq"]._data
                mx[...] = np.maximum(mx, v)
                denom = np.sqrt(mx) / dt(bc2_sqrt) + dt(eps)
            else:
                denom = np.sqrt(v) / dt(bc2_sqrt) + dt(eps)
            _write(p, _fma(dt(-step_size), m / denom, p._data))
        return loss


class AdamW(Adam):
    """Adam with decoupled weight decay (PyTorch's default weight_decay here is 0.01)."""

    def __init__(self, params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=1e-2,
                 amsgrad=False, *, maximize=False, foreach=None, capturable=False,
                 differentiable=False, fused=None):
        Adam.__init__(self, params, lr, betas, eps, weight_decay, amsgrad, foreach=foreach,
                      maximize=maximize, capturable=capturable, differentiable=differentiable,
                      fused=fused, decoupled_weight_decay=True)


def _check(name, value, low=0.0):
    if not low <= value:
        raise ValueError(f"Invalid {name}: {value}")


class RMSprop(_Optimizer):
    def __init__(self, params, lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0,
                 centered=False, capturable=False, foreach=None, maximize=False,
                 differentiable=False):
        _check("learning rate", lr)
        _check("epsilon value", eps)
        _check("momentum value", momentum)
        _check("weight_decay value", weight_decay)
        _check("alpha value", alpha)
        _Optimizer.__init__(self, params, dict(
            lr=lr, momentum=momentum, alpha=alpha, eps=eps, centered=centered,
            weight_decay=weight_decay, capturable=capturable, foreach=foreach,
            maximize=maximize, differentiable=differentiable))

    def step(self, closure=None):
        loss = closure() if closure is not None else None
        for group, p, dt, g, st in self._gradients():
            lr, alpha, eps = group["lr"], group["alpha"], group["eps"]
            wd, mom = group["weight_decay"], group["momentum"]
            if not st:
                st["step"] = _step_tensor()
                st["square_avg"] = _zeros_like(p)
                if mom > 0:
                    st["momentum_buffer"] = _zeros_like(p)
                if group["centered"]:
                    st["grad_avg"] = _zeros_like(p)
            st["step"]._data += 1
            if wd != 0:
                g = _fma(p._data, dt(wd), g)
            sq = st["square_avg"]._data
            sq[...] = _fma(g * dt(1 - alpha), g, sq * dt(alpha))
            if group["centered"]:
                ga = st["grad_avg"]._data
                ga[...] = _lerp(ga, g, 1 - alpha)
                avg = np.sqrt(_fma(-ga, ga, sq)) + dt(eps)
            else:
                avg = np.sqrt(sq) + dt(eps)
            if mom > 0:
                buf = st["momentum_buffer"]._data
                buf[...] = _fma(dt(1), g / avg, buf * dt(mom))
                _write(p, _fma(buf, dt(-lr), p._data))
            else:
                _write(p, _fma(dt(-lr), g / avg, p._data))
        return loss


class Adagrad(_Optimizer):
    def __init__(self, params, lr=0.01, lr_decay=0, weight_decay=0,
                 initial_accumulator_value=0, eps=1e-10, foreach=None, *, maximize=False,
                 differentiable=False, fused=None):
        _check("learning rate", lr)
        _check("lr_decay value", lr_decay)
        _check("weight_decay value", weight_decay)
        _check("initial_accumulator_value value", initial_accumulator_value)
        _check("epsilon value", eps)
        _Optimizer.__init__(self, params, dict(
            lr=lr, lr_decay=lr_decay, eps=eps, weight_decay=weight_decay,
            initial_accumulator_value=initial_accumulator_value, foreach=foreach,
            maximize=maximize, differentiable=differentiable, fused=fused))
        for group in self.param_groups:
            for p in group["params"]:
                st = self._state(p)
                st["step"] = _step_tensor()
                st["sum"] = make(np.full_like(p._data, group["initial_accumulator_value"]),
                                 p.dtype)

    def step(self, closure=None):
        loss = closure() if closure is not None else None
        for group, p, dt, g, st in self._gradients():
            lr, eps, wd = group["lr"], group["eps"], group["weight_decay"]
            st["step"]._data += 1
            if wd != 0:
                g = _fma(p._data, dt(wd), g)
            clr = lr / (1 + (float(st["step"]._data) - 1) * group["lr_decay"])
            acc = st["sum"]._data
            acc[...] = _fma(g, g, acc)
            std = np.sqrt(acc) + dt(eps)
            _write(p, _fma(dt(-clr), g / std, p._data))
        return loss


def _step_tensor():
    """The step count of a parameter's state: a float32 scalar tensor, as in PyTorch."""
    return make(np.zeros((), np.float32), dtypes.float32)


def _zeros_like(p):
    return make(np.zeros_like(p._data), p.dtype)


def _lerp(a, b, w):
    dt = a.dtype.type
    if abs(w) < 0.5:
        return _fma(dt(w), b - a, a)
    return _fma(-(b - a), dt(1 - w), b)


OPTIMIZERS = {"SGD": SGD, "Adam": Adam, "AdamW": AdamW, "RMSprop": RMSprop,
              "Adagrad": Adagrad}


for _name, _cls in OPTIMIZERS.items():
    _cls.__module__ = "torch.optim." + _name.lower()


def extend(ns):
    ns.setdefault("optim", {}).update(OPTIMIZERS)
