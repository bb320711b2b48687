import torch
torch.manual_seed(215)
x = (torch.rand(2, 3) + 0.5).requires_grad_()
z = x // 0.3
print(z)
