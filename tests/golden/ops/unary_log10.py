import torch
torch.manual_seed(15)
x = (torch.rand((4,)) + 0.5).requires_grad_()
y = x.log10()
print(y)
wt = torch.linspace(-1.0, 2.0, 4).reshape((4,))
(y * wt).sum().backward()
print(x.grad)
