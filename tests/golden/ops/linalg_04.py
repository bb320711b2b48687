import torch
torch.manual_seed(504)
v = torch.randn(3, requires_grad=True)
w = torch.randn(3, requires_grad=True)
z = v @ w
print(z)
zw = torch.linspace(-1.0, 1.0, z.numel()).reshape(z.shape)
(z * zw).sum().backward()
print(v.grad)
print(w.grad)
