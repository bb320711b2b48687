import torch
print(torch.arange(5))
print(torch.arange(2, 7))
print(torch.arange(0, 10, 3))
print(torch.arange(5).dtype)
print(torch.arange(5, 0, -2))
