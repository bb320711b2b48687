import torch
torch.manual_seed(25)
x = torch.randn((), requires_grad=True)
y = x.sinh()
print(y)
wt = torch.linspace(-1.0, 2.0, 1).reshape(())
(y * wt).sum().backward()
print(x.grad)
