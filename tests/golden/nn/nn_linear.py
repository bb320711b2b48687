import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.manual_seed(0)
lin = nn.Linear(3, 2)
print(lin)
print(lin.weight)
print(lin.bias)
out = lin(x)
print(out, out.grad_fn, out.grad_fn.next_functions)
out.sum().backward()
print(lin.weight.grad, lin.bias.grad)
for name, p in lin.named_parameters():
    print(name, p.shape, p.requires_grad, p.is_leaf)
print(len(list(lin.parameters())))
lin.zero_grad()
print(lin.weight.grad)
print(nn.Linear(4, 5, bias=False))
print(nn.Linear(4, 5, bias=False).bias)
print(lin(v), lin(torch.randn(2, 2, 3)).shape)
