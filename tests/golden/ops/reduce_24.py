import torch
torch.manual_seed(324)
x = torch.randn((2, 5), requires_grad=True)
z = torch.linalg.vector_norm(x, 1, dim=1, keepdim=True)
print(z)
zw = torch.linspace(-1.0, 2.0, z.numel()).reshape(z.shape).to(z.dtype)
(z * zw).sum().backward()
print(x.grad)
