import torch
torch.manual_seed(404)
x = torch.randn(3, 4)
print(x.argmax(0, keepdim=True))
