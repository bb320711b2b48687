import torch
import torch.nn as nn
torch.manual_seed(0)
lin = nn.Linear(3, 2)
def bh(mod, gin, gout):
    print("bwd", type(mod).__name__, [None if g is None else g.shape for g in gin], [g.shape for g in gout])
h = lin.register_full_backward_hook(bh)
x = torch.ones(4, 3)
out = lin(x)
print(out.grad_fn, out.grad_fn.next_functions)
out.sum().backward()
xr = torch.ones(4, 3, requires_grad=True)
out = lin(xr)
out.sum().backward()
print(xr.grad)
def scale(mod, gin, gout):
    return (gin[0] * 10,)
h.remove()
h2 = lin.register_full_backward_hook(scale)
xr.grad = None
lin(xr).sum().backward()
print(xr.grad)
h2.remove()
def pre(mod, gout):
    print("pre", gout[0].shape)
    return (gout[0] * 2,)
lin.register_full_backward_pre_hook(pre)
xr.grad = None
lin(xr).sum().backward()
print(xr.grad, lin.bias.grad)
seq = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 1))
for m in seq:
    m.register_full_backward_hook(lambda m, gi, go: print(type(m).__name__, go[0].shape))
y = seq(torch.ones(2, 3))
print(y)
y.sum().backward()
class F(torch.autograd.Function):
    @staticmethod
    def forward(ctx, k, x, y):
        return x * k
    @staticmethod
    def backward(ctx, g):
        return None, g * 2, None
x = torch.ones(2, requires_grad=True)
z = F.apply(3.0, x, torch.ones(2))
print(z.grad_fn.next_functions)
