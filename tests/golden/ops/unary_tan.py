import torch
torch.manual_seed(21)
x = (torch.rand(()) * 1.6 - 0.8).requires_grad_()
y = x.tan()
print(y)
wt = torch.linspace(-1.0, 2.0, 1).reshape(())
(y * wt).sum().backward()
print(x.grad)
