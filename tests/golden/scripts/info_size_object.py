import torch
s = torch.ones(3, 5).shape
print(s)
print(type(s).__name__)
print(list(s))
print(tuple(s))
print(s[1])
print(s == (3, 5))
print(len(s))
print(torch.Size([2, 2]))
print(torch.tensor(1.0).shape)
