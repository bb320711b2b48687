import torch
print(torch.tensor([-0.0, 0.0]))
print(torch.tensor([float('nan'), 1.5]))
print(torch.tensor([float('-inf'), 2.0]))
print(torch.tensor(-0.0).item())
