import torch
torch.manual_seed(7)
x = torch.randn(3, dtype=torch.float64, requires_grad=True)
y = (x.exp() * x.sin()).sum() + x.norm() + x.var()
y.backward()
print(y, x.grad)
