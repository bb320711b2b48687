import torch
torch.manual_seed(520)
A = torch.randn(2,3, requires_grad=True)
z = torch.einsum('ij->ji', A)
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(A.grad)
