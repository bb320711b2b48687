import torch
print(torch.arange(2000))
print(torch.ones(1001))
print(torch.arange(12.0).reshape(3, 4))
