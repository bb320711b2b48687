import torch
torch.manual_seed(315)
x = torch.randn((3, 4), requires_grad=True)
z = x.amax()
print(z)
zw = torch.linspace(-1.0, 2.0, z.numel()).reshape(z.shape).to(z.dtype)
(z * zw).sum().backward()
print(x.grad)
