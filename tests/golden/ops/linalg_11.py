import torch
torch.manual_seed(511)
v = torch.randn(3, requires_grad=True)
bB = torch.randn(5,3,4, requires_grad=True)
z = v @ bB
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(v.grad)
print(bB.grad)
