import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
z = torch.linspace(-30, 30, 41, requires_grad=True)
for f in [F.relu, F.gelu, F.silu, F.softplus, F.elu, F.sigmoid, F.tanh, F.leaky_relu]:
    r = f(z)
    print(r)
    g, = torch.autograd.grad(r.sum(), z)
    print(g)
