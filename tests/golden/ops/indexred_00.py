import torch
torch.manual_seed(400)
x = torch.randn(3, 4)
print(x.max(1))
