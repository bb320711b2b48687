import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
c = a * b
b.data.mul_(10)
c.sum().backward()
print(a.grad)
