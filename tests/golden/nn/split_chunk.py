import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
parts = x.split(2, 1)
print(parts)
c = x.chunk(3, 1)
print(c)
print(c[0].grad_fn, c[0].grad_fn.next_functions)
s = (parts[0] * 2).sum() + (c[2] * 3).sum()
s.backward()
print(x.grad)
print(x.split([1, 2], 1))
print(torch.split(x, 1))
print(torch.chunk(v, 2))
print(v.chunk(5))
