import torch
torch.manual_seed(405)
x = torch.randn(3, 4)
print(torch.max(x, 1, keepdim=True))
