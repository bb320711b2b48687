import torch
t = torch.arange(24, dtype=torch.float32).reshape(2, 3, 4)
print(t.sum(dim=(0, 2)))
print(t.sum((1, 2), keepdim=True).shape)
print(t.mean(dim=-1))
print(t.sum(-1).shape)
