import torch
torch.manual_seed(225)
x = (torch.rand(2, 3) + 0.5).requires_grad_()
z = torch.addcmul(x, x, x, value=0.5)
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(x.grad)
