import torch
torch.manual_seed(226)
x = (torch.rand(2, 3) + 0.5).requires_grad_()
z = torch.addcdiv(x, x + 1, x, value=2)
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(x.grad)
