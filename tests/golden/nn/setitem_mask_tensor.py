import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
h = x * 1
m = torch.tensor([[True, False, True], [False, False, True]])
h[m] = y[m] * 10
print(h)
print(h.grad_fn)
(h * 2).sum().backward()
print(x.grad, y.grad)
