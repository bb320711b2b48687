import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
a, b = x.unbind()
print(a, b)
print(a.grad_fn, a.grad_fn.next_functions)
(a * 2 + b).sum().backward()
print(x.grad)
print(torch.unbind(x, 1))
for row in x:
    print(row)
