import torch
try:
    torch.ones(2, 3) + torch.ones(4, 5)
except RuntimeError as e:
    print(e)
try:
    torch.ones(3) * torch.ones(2)
except RuntimeError as e:
    print(e)
