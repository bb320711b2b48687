import torch
print(torch.arange(0.0, 1.0, 0.25))
print(torch.arange(1, 2, 0.5))
print(torch.arange(3.0))
print(torch.arange(0, 1, 0.1))
print(torch.arange(4, dtype=torch.float32))
