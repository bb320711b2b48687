import torch
torch.manual_seed(409)
x = torch.randn(3, 4)
print((x > 0).any(0))
