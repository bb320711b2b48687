import torch
m = torch.zeros(2, 3)
m.add_(torch.tensor([1.0, 2.0, 3.0]))
print(m)
m.mul_(torch.tensor([[2.0], [-1.0]]))
print(m)
