import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
r = torch.cat([x, torch.zeros(1, 3)])
print(r)
print(r.grad_fn)
print(r.grad_fn.next_functions if r.grad_fn is not None else None)
