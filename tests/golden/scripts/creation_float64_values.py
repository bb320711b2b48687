import torch
# full-precision .item() of a float64 sum: this pins the summation order
d = torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64)
print(d)
print(d.sum())
print(d.sum().item())
print((d * 3).tolist())
