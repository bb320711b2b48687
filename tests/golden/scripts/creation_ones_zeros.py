import torch
print(torch.ones(3))
print(torch.zeros(2, 3))
print(torch.ones((2, 2)))
print(torch.zeros(4, dtype=torch.int64))
print(torch.ones(2, dtype=torch.bool))
print(torch.zeros(()))
