import torch
torch.manual_seed(22)
x = (torch.rand((2, 3)) * 1.6 - 0.8).requires_grad_()
y = torch.asin(x)
print(y)
wt = torch.linspace(-1.0, 2.0, 6).reshape((2, 3))
(y * wt).sum().backward()
print(x.grad)
