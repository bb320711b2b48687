import torch
x = torch.tensor([1.0, -1.0], requires_grad=True)
for _ in range(3):
    (x * 5).sum().backward()
    print(x.grad)
(x ** 2).mean().backward()
print(x.grad)
