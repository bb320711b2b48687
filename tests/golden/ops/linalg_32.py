import torch
torch.manual_seed(532)
v = torch.randn(2, requires_grad=True)
z = torch.diag(v, -1)
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(v.grad)
