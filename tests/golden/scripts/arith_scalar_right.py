import torch
x = torch.tensor([1.0, 2.0, 3.0])
print(x + 1)
print(x - 0.5)
print(x * 3)
print(x / 4)
print(x ** 2)
print(x // 2)
print(x % 2)
