import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([2, 2, 2])
q = a / b
print(q)
print(q.dtype)
print(a / 2)
print(torch.tensor(7) / torch.tensor(2))
