import torch
torch.manual_seed(509)
bA = torch.randn(5,2,3, requires_grad=True)
B = torch.randn(3,4, requires_grad=True)
z = bA @ B
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(bA.grad)
print(B.grad)
