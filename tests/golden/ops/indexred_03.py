import torch
torch.manual_seed(403)
x = torch.randn(3, 4)
print(x.argmin(1))
