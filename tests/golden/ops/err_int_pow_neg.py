import torch
torch.manual_seed(8)
try:
    torch.tensor([2, 3]) ** -1
except RuntimeError as e:
    print(e)
