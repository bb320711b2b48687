import torch
torch.manual_seed(8)
a = torch.randn(2, 3)
b = torch.randn(2, 3)
try:
    a @ b
except RuntimeError as e:
    print(e)
