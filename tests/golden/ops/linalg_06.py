import torch
torch.manual_seed(506)
v = torch.randn(3, requires_grad=True)
B = torch.randn(3,4, requires_grad=True)
z = v @ B
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(v.grad)
print(B.grad)
