import torch
torch.manual_seed(8)
try:
    torch.randn(2, 2, 3) @ torch.randn(3, 4, 2)
except RuntimeError as e:
    print(e)
