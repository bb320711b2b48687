import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
h = torch.zeros(2, 3)
h[0] = x[1]
print(h)
print(h.grad_fn, h.grad_fn.next_functions)
(h * torch.arange(6.).view(2, 3)).sum().backward()
print(x.grad)
