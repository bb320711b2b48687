import torch
torch.manual_seed(106)
x = (torch.rand(()) + 0.5).requires_grad_()
y = (torch.rand((2, 2)) + 0.5).requires_grad_()
z = x / y
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(x.grad)
print(y.grad)
