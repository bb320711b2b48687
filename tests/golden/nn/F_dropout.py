import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
print(F.dropout(x, 0.5, training=False) is x)
torch.manual_seed(3)
r = F.dropout(x, 0.5)
print(r, r.grad_fn, r.grad_fn.next_functions)
r.sum().backward()
print(x.grad)
print(F.dropout(torch.ones(20), 0.3))
print(F.dropout(torch.ones(5), 0.0))
print(F.dropout(torch.ones(5), 1.0))
try:
    F.dropout(x, 1.5)
except Exception as e:
    print(type(e), e)
