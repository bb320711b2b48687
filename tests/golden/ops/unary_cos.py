import torch
torch.manual_seed(20)
x = torch.randn((2, 2, 2), requires_grad=True)
y = torch.cos(x)
print(y)
wt = torch.linspace(-1.0, 2.0, 8).reshape((2, 2, 2))
(y * wt).sum().backward()
print(x.grad)
