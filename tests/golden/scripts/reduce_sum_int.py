import torch
a = torch.tensor([[1, 2], [3, 4]])
print(a.sum())
print(a.sum().dtype)
print(a.sum(dim=0))
print(torch.tensor([True, True, False]).sum())
