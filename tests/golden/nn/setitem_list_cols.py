import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
h = x * 1
h[:, [0, 2]] = 0.
print(h)
print(h.grad_fn)
h.sum().backward()
print(x.grad)
