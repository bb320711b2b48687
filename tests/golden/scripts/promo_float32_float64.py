import torch
a = torch.tensor([1.0, 2.0])
b = torch.tensor([0.5, 0.25], dtype=torch.float64)
print(a + b)
print((a + b).dtype)
print((a * 2.5).dtype)
print((b * 2).dtype)
