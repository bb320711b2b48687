import torch
print(torch.float32)
print(torch.float)
print(torch.float64, torch.double)
print(torch.int64, torch.long)
print(torch.bool)
print(torch.tensor([1.0]).dtype == torch.float32)
print(torch.ones(1, dtype=torch.float64).dtype)
print(torch.int32)
