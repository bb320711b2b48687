import torch
torch.manual_seed(401)
x = torch.randn(3, 4)
print(x.min(0))
