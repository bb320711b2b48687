import torch
torch.manual_seed(105)
x = torch.randn((), requires_grad=True)
y = torch.randn((2, 2), requires_grad=True)
z = x * y
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(x.grad)
print(y.grad)
