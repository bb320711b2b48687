import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
r = x.tril(-1)
print(r)
print(r.grad_fn)
print(r.grad_fn.next_functions if r.grad_fn is not None else None)
w = torch.ones_like(r)
(r * w).sum().backward()
print(x.grad, v.grad, y.grad)
print(r.is_contiguous(), r.shape)
