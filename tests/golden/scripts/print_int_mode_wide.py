import torch
print(torch.tensor([1000000.0, 1.0]))
print(torch.tensor([123.0, -4.0]))
print(torch.tensor([[1.0, -20.0], [300.0, 0.5]]))
print(torch.tensor([-1, 100, 5]))
