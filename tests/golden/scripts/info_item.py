import torch
print(torch.tensor(3.5).item())
print(torch.tensor([2]).item())
print(type(torch.tensor(1.0).item()).__name__)
print(type(torch.tensor(1).item()).__name__)
print(type(torch.tensor(True).item()).__name__)
print(torch.tensor(0.1).item())
print(torch.tensor(0.1, dtype=torch.float64).item())
