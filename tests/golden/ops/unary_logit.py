import torch
torch.manual_seed(46)
x = (torch.rand((2, 3)) * 0.8 + 0.1).requires_grad_()
y = torch.logit(x)
print(y)
wt = torch.linspace(-1.0, 2.0, 6).reshape((2, 3))
(y * wt).sum().backward()
print(x.grad)
