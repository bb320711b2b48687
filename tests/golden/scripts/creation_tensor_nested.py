import torch
m = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
print(m)
print(m.shape)
c = torch.tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
print(c)
print(c.dim())
