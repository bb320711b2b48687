import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
print(x)
print(x * 1)
print(x.sum())
print(torch.tensor(1.5, requires_grad=True))
print(x.double() * 2)
