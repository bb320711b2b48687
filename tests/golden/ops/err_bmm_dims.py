import torch
torch.manual_seed(8)
try:
    torch.bmm(torch.randn(2, 3), torch.randn(2, 3, 4))
except RuntimeError as e:
    print(e)
