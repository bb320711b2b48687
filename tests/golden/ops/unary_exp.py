import torch
torch.manual_seed(10)
x = torch.randn((2, 3), requires_grad=True)
y = torch.exp(x)
print(y)
wt = torch.linspace(-1.0, 2.0, 6).reshape((2, 3))
(y * wt).sum().backward()
print(x.grad)
