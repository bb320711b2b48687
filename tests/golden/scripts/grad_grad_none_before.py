import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
print(x.grad)
print(x.grad is None)
(x * x).sum().backward()
print(x.grad)
