import torch
torch.manual_seed(406)
x = torch.randn(3, 4)
print(x.median(0))
