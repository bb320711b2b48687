import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
h = x * 1
h.copy_(y)
print(h.grad_fn, h.grad_fn.next_functions)
h.sum().backward()
print(x.grad, y.grad)
k = x * 1
k.fill_(2.)
print(k, k.grad_fn)
z = x * 1
z.zero_()
print(z, z.grad_fn)
m = x * 1
m.masked_fill_(x > 0, 0.)
print(m, m.grad_fn)
