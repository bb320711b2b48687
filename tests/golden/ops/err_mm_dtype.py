import torch
torch.manual_seed(8)
try:
    torch.mm(torch.randn(2, 3), torch.randn(3, 2, dtype=torch.float64))
except RuntimeError as e:
    print(e)
