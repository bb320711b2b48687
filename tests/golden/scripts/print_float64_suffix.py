import torch
print(torch.tensor([1.0, 2.0], dtype=torch.float64))
print(torch.tensor(3.0, dtype=torch.float64))
print(torch.tensor([1, 2], dtype=torch.int32))
print(torch.ones(2, dtype=torch.float64, requires_grad=True))
