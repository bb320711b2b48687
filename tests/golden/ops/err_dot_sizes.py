import torch
torch.manual_seed(8)
try:
    torch.dot(torch.randn(3), torch.randn(4))
except RuntimeError as e:
    print(e)
