import torch
torch.manual_seed(23)
x = (torch.rand((4,)) * 1.6 - 0.8).requires_grad_()
y = x.acos()
print(y)
wt = torch.linspace(-1.0, 2.0, 4).reshape((4,))
(y * wt).sum().backward()
print(x.grad)
