import torch
torch.manual_seed(8)
try:
    torch.empty(0).max()
except RuntimeError as e:
    print(e)
