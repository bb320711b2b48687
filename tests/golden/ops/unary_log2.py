import torch
torch.manual_seed(14)
x = (torch.rand((2, 3)) + 0.5).requires_grad_()
y = torch.log2(x)
print(y)
wt = torch.linspace(-1.0, 2.0, 6).reshape((2, 3))
(y * wt).sum().backward()
print(x.grad)
