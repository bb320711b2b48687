import torch
torch.manual_seed(528)
M = torch.randn(3,3, requires_grad=True)
z = torch.trace(M)
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(M.grad)
