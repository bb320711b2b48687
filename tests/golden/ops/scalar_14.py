import torch
torch.manual_seed(214)
x = (torch.rand(2, 3) + 0.5).requires_grad_()
z = x % 0.7
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(x.grad)
