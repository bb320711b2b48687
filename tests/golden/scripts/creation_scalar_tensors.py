import torch
s = torch.tensor(2.0)
print(s, s.shape, s.dim(), s.numel())
i = torch.tensor(-4)
print(i, i.dtype)
print(torch.tensor(1e10))
print(torch.tensor(0.0001))
