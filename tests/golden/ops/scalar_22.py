import torch
torch.manual_seed(222)
x = (torch.rand(2, 3) + 0.5).requires_grad_()
z = x.clip(0.7, 1.3)
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(x.grad)
