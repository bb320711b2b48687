import torch
a = torch.tensor([1, 2, 3])
print(a)
print(a.dtype)
b = torch.tensor([-10, 0, 250])
print(b)
print(torch.tensor(7))
