import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
r = x.scatter(1, torch.tensor([[0, 1], [2, 0]]), y[:, :2])
print(r, r.grad_fn, r.grad_fn.next_functions)
(r * torch.arange(6.).view(2, 3)).sum().backward()
print(x.grad, y.grad)
