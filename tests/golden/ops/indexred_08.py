import torch
torch.manual_seed(408)
x = torch.randn(3, 4)
print((x > 0).all(1))
