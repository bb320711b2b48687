import torch
torch.manual_seed(8)
try:
    torch.tensor([1, 2]).mean()
except RuntimeError as e:
    print(e)
