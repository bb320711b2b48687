import torch
mask = torch.tensor([1.0, -2.0, 3.0]) > 0
print(mask)
print(mask.sum())
print(mask.sum().dtype)
print(mask.float())
print(mask * 2)
print(mask + mask)
