import torch
torch.manual_seed(513)
bA = torch.randn(2,1,2,3, requires_grad=True)
cB = torch.randn(5,3,2, requires_grad=True)
z = bA @ cB
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(bA.grad)
print(cB.grad)
