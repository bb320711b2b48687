import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
for red in ['mean', 'sum', 'none']:
    r = F.l1_loss(x, y, reduction=red)
    print(r, r.grad_fn, r.grad_fn.next_functions)
    r.sum().backward()
    print(x.grad)
    x.grad = None
