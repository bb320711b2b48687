import torch
torch.manual_seed(500)
A = torch.randn(2,3, requires_grad=True)
B = torch.randn(3,4, requires_grad=True)
z = A @ B
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(A.grad)
print(B.grad)
