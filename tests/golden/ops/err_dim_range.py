import torch
torch.manual_seed(8)
a = torch.randn(2, 3)
try:
    a.sum(2)
except IndexError as e:
    print(e)
