import torch
torch.manual_seed(8)
try:
    torch.clamp(torch.randn(2))
except RuntimeError as e:
    print(e)
