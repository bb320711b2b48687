import torch
torch.manual_seed(510)
bA = torch.randn(5,2,3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
z = bA @ v
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(bA.grad)
print(v.grad)
