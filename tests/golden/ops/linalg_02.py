import torch
torch.manual_seed(502)
A = torch.randn(2,3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
z = A @ v
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(A.grad)
print(v.grad)
