import torch
torch.manual_seed(43)
x = torch.randn((4,), requires_grad=True)
y = x.square()
print(y)
wt = torch.linspace(-1.0, 2.0, 4).reshape((4,))
(y * wt).sum().backward()
print(x.grad)
