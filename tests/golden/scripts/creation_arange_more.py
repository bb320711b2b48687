import torch
print(torch.arange(1, 2.5, 0.5))
print(torch.arange(-3, 3))
print(torch.arange(0, 10, step=4))
print(torch.arange(0, 5, 2, dtype=torch.float64))
print(torch.arange(3).tolist())
