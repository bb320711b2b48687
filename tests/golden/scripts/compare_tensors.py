import torch
a = torch.tensor([1, 5, 3])
b = torch.tensor([2, 5, 1])
print(a == b)
print(a > b)
print(a < b)
print((a > b).dtype)
