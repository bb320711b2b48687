import torch
torch.manual_seed(29)
x = (torch.rand(()) + 1.5).requires_grad_()
y = x.acosh()
print(y)
wt = torch.linspace(-1.0, 2.0, 1).reshape(())
(y * wt).sum().backward()
print(x.grad)
