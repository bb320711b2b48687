import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
a = x * 1
v2 = a[:2, 1:]
v2.add_(1)
print(a, v2)
print(a.grad_fn, v2.grad_fn)
print(v2.grad_fn.next_functions)
print(a._version, v2._version)
(a * a).sum().backward()
print(x.grad)
