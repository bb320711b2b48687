import torch
torch.manual_seed(531)
A = torch.randn(2,3, requires_grad=True)
z = torch.diag(A, 1)
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(A.grad)
