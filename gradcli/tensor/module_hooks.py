"""nn.Module hooks: forward pre-hooks, forward hooks, and full backward (pre-)hooks.

Backward hooks work as in PyTorch: the module's tensor inputs and outputs pass through an
identity autograd Function, `BackwardHookFunction`, whose backward sees the gradients
flowing out of the module (`grad_output`, where backward pre-hooks may replace them) and
into it (`grad_input`, where full backward hooks are called and may replace them). The
module's outputs therefore print `grad_fn=<BackwardHookFunctionBackward>`, as PyTorch's do.
"""
from __future__ import annotations

FORWARD_PRE, FORWARD, BACKWARD, BACKWARD_PRE = range(4)

_NO_INPUT_GRAD_WARNING = (
    "Full backward hook is firing when gradients are computed with respect to module outputs "
    "since no inputs require gradients. See https://docs.pytorch.org/docs/main/generated/"
    "torch.nn.Module.html#torch.nn.Module.register_full_backward_hook for more details.")


def add_hook(module, kind, entry, prepend):
    from .autograd import RemovableHandle
    if "_hooks" not in module.__dict__:
        raise AttributeError("cannot register hooks before Module.__init__() call")
    hooks = module._hooks[kind]
    if prepend:
        hooks.insert(0, entry)
    else:
        hooks.append(entry)
    return RemovableHandle(hooks, entry)


def call_with_hooks(module, hooks, args, kwargs):
    """Module.__call__ when some hook is registered."""
    for hook, with_kwargs in list(hooks[FORWARD_PRE]):
        if with_kwargs:
            res = hook(module, args, kwargs)
            if res is not None:
                args, kwargs = res
        else:
            res = hook(module, args)
            if res is not None:
                args = res if isinstance(res, tuple) else (res,)
    state = None
    if hooks[BACKWARD] or hooks[BACKWARD_PRE]:
        from .autograd import is_grad_enabled
        if is_grad_enabled():
            state = _BackwardHooks(module, hooks)
            args = state.wrap_inputs(args)
    out = module.forward(*args, **kwargs)
    for hook, with_kwargs in list(hooks[FORWARD]):
        res = hook(module, args, kwargs, out) if with_kwargs else hook(module, args, out)
        if res is not None:
            out = res
    if state is not None:
        out = state.wrap_outputs(out)
    return out


def _hook_function():
    """The identity Function (built once, on first use: custom_function imports nn)."""
    global _HOOK_FUNCTION
    if _HOOK_FUNCTION is None:
        from .custom_function import Function

        class BackwardHookFunction(Function):
            @staticmethod
            def forward(ctx, callback, *tensors):
                ctx.callback = callback
                ctx.mark_non_differentiable(*[t for t in tensors if not t.requires_grad])
                return tensors

            @staticmethod
            def backward(ctx, *grads):
                return (None,) + tuple(ctx.callback(grads))
        _HOOK_FUNCTION = BackwardHookFunction
    return _HOOK_FUNCTION


_HOOK_FUNCTION = None


class _BackwardHooks:
    """One call's backward-hook bookkeeping: the gradients seen at the module's outputs."""

    def __init__(self, module, hooks):
        self.module = module
        self.hooks = hooks
        self.n_inputs = 0
        self.inputs_wrapped = False
        self.grad_outputs = None

    def _wrap(self, values, callback):
        from .tensor import Tensor
        positions = [i for i, v in enumerate(values) if isinstance(v, Tensor)]
        tensors = [values[i] for i in positions]
        if not any(t.requires_grad for t in tensors):
            return None, len(positions)
        wrapped = _hook_function().apply(callback, *tensors)
        out = list(values)
        for i, t in zip(positions, wrapped):
            out[i] = t
        return out, len(positions)

    def wrap_inputs(self, args):
        wrapped, self.n_inputs = self._wrap(args, self._at_inputs)
        if wrapped is None:
            return args
        self.inputs_wrapped = True
        return tuple(wrapped)

    def wrap_outputs(self, out):
        single = not isinstance(out, tuple)
        wrapped, _ = self._wrap((out,) if single else out, self._at_outputs)
        if wrapped is None:
            return out
        return wrapped[0] if single else tuple(wrapped)

    def _at_outputs(self, grads):
        for hook in list(self.hooks[BACKWARD_PRE]):
            res = hook(self.module, grads)
            if res is not None:
                grads = tuple(res) if isinstance(res, (tuple, list)) else (res,)
        self.grad_outputs = grads
        if not self.inputs_wrapped and self.hooks[BACKWARD]:
            from gradcli.errors import warn
            warn(_NO_INPUT_GRAD_WARNING)
            for hook in list(self.hooks[BACKWARD]):
                hook(self.module, (None,) * self.n_inputs, grads)
        return grads

    def _at_inputs(self, grads):
        for hook in list(self.hooks[BACKWARD]):
            res = hook(self.module, grads, self.grad_outputs)
            if res is not None:
                grads = tuple(res) if isinstance(res, (tuple, list)) else (res,)
        return grads
