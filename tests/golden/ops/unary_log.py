import torch
torch.manual_seed(13)
x = (torch.rand(()) + 0.5).requires_grad_()
y = x.log()
print(y)
wt = torch.linspace(-1.0, 2.0, 1).reshape(())
(y * wt).sum().backward()
print(x.grad)
