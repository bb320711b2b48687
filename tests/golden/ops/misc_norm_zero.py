import torch
torch.manual_seed(7)
x = torch.zeros(3, requires_grad=True)
y = x.norm()
y.backward()
print(y, x.grad)
