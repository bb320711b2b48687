import torch
torch.manual_seed(7)
x = torch.randn(2, 3, 4, requires_grad=True)
y = torch.softmax(x, 1)
print(y.sum(1))
(y * torch.arange(24.).reshape(2, 3, 4)).sum().backward()
print(x.grad)
