import torch
print(torch.linspace(0, 1, 5))
print(torch.linspace(-1, 1, 3))
print(torch.linspace(0, 10, 6))
print(torch.linspace(2, 2, 1))
print(torch.linspace(0, 1, 5).dtype)
