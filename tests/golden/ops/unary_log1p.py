import torch
torch.manual_seed(16)
x = (torch.rand((2, 2, 2)) + 0.5).requires_grad_()
y = torch.log1p(x)
print(y)
wt = torch.linspace(-1.0, 2.0, 8).reshape((2, 2, 2))
(y * wt).sum().backward()
print(x.grad)
