import torch
a = torch.tensor([[1.5, 2.5], [3.5, 4.5]])
print(torch.zeros_like(a))
print(torch.ones_like(a))
print(torch.full_like(a, 9))
i = torch.tensor([1, 2, 3])
print(torch.ones_like(i))
print(torch.zeros_like(i, dtype=torch.float32))
print(torch.empty_like(a).shape)
