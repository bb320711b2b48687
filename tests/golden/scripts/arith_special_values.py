import torch
x = torch.tensor([1.0, -1.0, 0.0])
print(x / 0)
print(torch.tensor([0.0]).log())
print(torch.tensor([-1.0]).log())
print(torch.tensor([float('inf'), 1.0]))
