import torch
a = torch.tensor([1, 2], dtype=torch.int64)
s = torch.tensor(2.5)
print(a * s)
print((a * s).dtype)
f = torch.tensor([1.0, 2.0])
d0 = torch.tensor(3.0, dtype=torch.float64)
print((f * d0).dtype)
print(f * d0)
