import torch
torch.manual_seed(108)
x = (torch.rand((2, 3)) + 0.5).requires_grad_()
y = (torch.rand((3,)) + 0.5).requires_grad_()
z = x ** y
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(x.grad)
print(y.grad)
