import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
r = torch.zeros(3, 3).scatter_add(0, torch.tensor([[0, 1, 2], [0, 0, 0]]), x)
print(r, r.grad_fn)
(r * torch.arange(9.).view(3, 3)).sum().backward()
print(x.grad)
print(torch.zeros(2, 4).scatter_(1, torch.tensor([[3], [0]]), 1.0))
