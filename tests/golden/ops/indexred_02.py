import torch
torch.manual_seed(402)
x = torch.randn(3, 4)
print(x.argmax())
