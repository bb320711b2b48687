import torch
v = torch.tensor([3.0, 4.0])
print(v.norm())
print(torch.tensor([[1.0, 2.0], [2.0, 4.0]]).norm())
print(torch.tensor([1.0, -1.0, 1.0, -1.0]).norm().item())
print(torch.zeros(3).norm())
