import torch
print(torch.full((2, 3), 7.0))
print(torch.full((3,), 2))
print(torch.full((2,), 1.5).dtype)
print(torch.full((2, 2), True))
print(torch.full((1, 3), -0.25, dtype=torch.float64))
