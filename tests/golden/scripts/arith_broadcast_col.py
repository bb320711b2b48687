import torch
m = torch.ones(2, 3)
c = torch.tensor([[1.0], [2.0]])
print(m * c)
print(c + torch.tensor([0.5, 1.5, 2.5]))
