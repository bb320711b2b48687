import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
h = x * 1
h[0].mul_(2)
print(h)
print(h.grad_fn, h.grad_fn.next_functions)
h.sum().backward()
print(x.grad)
