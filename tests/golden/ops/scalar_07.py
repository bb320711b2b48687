import torch
torch.manual_seed(207)
x = (torch.rand(2, 3) + 0.5).requires_grad_()
z = 2 / x
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(x.grad)
