import torch
print(torch.tensor([1e-8, 1.0]))
print(torch.tensor([123456.0, 0.001]))
print(torch.tensor([1e20]))
print(torch.tensor([0.00012, 0.5]))
