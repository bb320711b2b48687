import torch
torch.manual_seed(534)
x = torch.randn(2,3, requires_grad=True)
y = torch.randn(2,3, requires_grad=True)
z = x.t() @ y
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(x.grad)
print(y.grad)
