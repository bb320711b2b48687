import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
y.sum().backward()
print(y.grad)
print(y.grad)
if y.grad is None:
    print("none")
z = x * 3
z.retain_grad()
z.sum().backward()
print(z.grad)
print(x.grad)
