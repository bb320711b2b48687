import torch
m = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(m > torch.tensor([2.0, 1.0]))
print(m == m.t())
print((m > 2).sum())
