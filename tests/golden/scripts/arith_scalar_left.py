import torch
x = torch.tensor([1.0, 2.0, 4.0])
print(1 + x)
print(10 - x)
print(3 * x)
print(8 / x)
print(2 ** x)
