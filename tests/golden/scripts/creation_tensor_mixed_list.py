import torch
print(torch.tensor([1, 2.5]))
print(torch.tensor([1, 2.0]).dtype)
print(torch.tensor([True, 2]))
print(torch.tensor([[1, 2], [3.5, 4]]))
