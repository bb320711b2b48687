import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
h = x * 2
v1 = h.view(3, 2)
v2 = v1[1:]
v2.mul_(10)
print(h)
print(h.grad_fn, v1.grad_fn, v2.grad_fn)
h.sum().backward()
print(x.grad)
