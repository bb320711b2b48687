import torch
x = torch.tensor([1, 2])
print(x + True)
print(x * 0.5)
print(x + 10 ** 3)
print(x / 4)
print(x - 2.0)
print(torch.tensor([1.0, 2.0]) + 1)
