import torch
e = torch.tensor([])
print(e, e.dtype, e.shape)
f = torch.tensor([[]])
print(f, f.shape)
print(torch.zeros(0, 3).sum(0))
print(torch.ones(0).sum())
