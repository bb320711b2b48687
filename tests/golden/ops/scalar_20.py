import torch
torch.manual_seed(220)
x = (torch.rand(2, 3) + 0.5).requires_grad_()
z = torch.clamp_min(x, 1.0)
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(x.grad)
