import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
c = a * b
c.sum().backward()
b.data.mul_(10)
a.data -= 0.1 * a.grad
c = a * b
print(a.grad, c)
a.grad = None
b.grad = None
c.sum().backward()
print(b.grad)
