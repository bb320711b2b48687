import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
h = x * 1
g = h.view(6)
g.mul_(2)
print(h.grad_fn, g.grad_fn)
print(g.grad_fn.next_functions)
(g * torch.arange(6.)).sum().backward()
print(x.grad)
