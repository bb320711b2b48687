import torch
torch.manual_seed(8)
try:
    torch.tensor(2.) @ torch.randn(3)
except RuntimeError as e:
    print(e)
