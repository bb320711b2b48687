import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
r = v[[2, 1, 0]]
print(r)
print(r.grad_fn)
w = torch.arange(r.numel(), dtype=r.dtype).reshape(r.shape) + 1
(r * w).sum().backward()
print(v.grad)
print(r.grad_fn.next_functions)
