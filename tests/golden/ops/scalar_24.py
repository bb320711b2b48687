import torch
torch.manual_seed(224)
x = (torch.rand(2, 3) + 0.5).requires_grad_()
z = torch.where(x < 1.0, 2.0, x * x)
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(x.grad)
