import torch
m = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
r = torch.tensor([10.0, 20.0, 30.0])
print(m + r)
print(m * r)
print((m - r).shape)
