import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
x.mean().backward()
print(x.grad)
x.grad = None
x.sum(dim=0).sum().backward()
print(x.grad)
x.grad = None
x.mean(dim=1).sum().backward()
print(x.grad)
