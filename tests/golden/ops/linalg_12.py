import torch
torch.manual_seed(512)
A = torch.randn(2,3, requires_grad=True)
bB = torch.randn(5,3,4, requires_grad=True)
z = A @ bB
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(A.grad)
print(bB.grad)
