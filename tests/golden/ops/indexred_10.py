import torch
torch.manual_seed(410)
x = torch.randn(3, 4)
print(x.all())
