import torch
torch.manual_seed(232)
x = (torch.rand(2, 3) + 0.5).requires_grad_()
z = x.div(0.3, rounding_mode='trunc')
print(z)
