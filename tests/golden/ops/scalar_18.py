import torch
torch.manual_seed(218)
x = (torch.rand(2, 3) + 0.5).requires_grad_()
z = x.clamp(min=0.9)
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(x.grad)
