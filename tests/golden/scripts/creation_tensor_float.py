import torch
a = torch.tensor([1.0, 2.5, -3.25])
print(a)
print(a.dtype)
print(torch.tensor(3.5))
print(torch.tensor([0.1, 0.2]))
print(torch.tensor([1e-5, 1.0]))
