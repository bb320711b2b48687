import torch
torch.manual_seed(233)
x = (torch.rand(2, 3) + 0.5).requires_grad_()
z = x.div(0.3, rounding_mode='floor')
print(z)
