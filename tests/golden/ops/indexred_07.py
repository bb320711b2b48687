import torch
torch.manual_seed(407)
x = torch.randn(3, 4)
print(x.any())
