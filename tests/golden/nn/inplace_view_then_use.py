import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
h = x.exp()
g = h[0]
g.add_(1)
print(h.grad_fn, g.grad_fn)
try:
    (h * 2).sum().backward()
except Exception as e:
    print(type(e), e)
print(x.grad)
