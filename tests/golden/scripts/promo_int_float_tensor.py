import torch
i = torch.tensor([1, 2])
f = torch.tensor([0.5, 0.5])
print(i + f)
print((i * f).dtype)
d = torch.tensor([1.0], dtype=torch.float64)
print((i + d).dtype)
