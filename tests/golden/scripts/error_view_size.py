import torch
try:
    torch.arange(6).view(4, 2)
except RuntimeError as e:
    print(e)
try:
    torch.arange(6).reshape(-1, -1)
except RuntimeError as e:
    print(e)
