import torch
print(torch.eye(3))
print(torch.eye(2, 3))
print(torch.eye(2, dtype=torch.int64))
