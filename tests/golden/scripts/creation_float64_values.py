import torch
d = torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64)
print(d)
print(d.sum())
print(d.sum().item())
print((d * 3).tolist())
