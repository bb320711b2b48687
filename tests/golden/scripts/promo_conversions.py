import torch
a = torch.tensor([1.7, -2.7])
print(a.int())
print(a.long())
print(a.double())
print(a.bool())
print(torch.tensor([0, 3]).float())
print(a.to(torch.float64).dtype)
print(a.type(torch.int64))
