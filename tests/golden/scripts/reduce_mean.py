import torch
m = torch.tensor([[1.0, 2.0], [3.0, 5.0]])
print(m.mean())
print(m.mean(0))
print(m.mean(dim=1))
print(m.mean(dim=1, keepdim=True))
print(torch.mean(m).item())
