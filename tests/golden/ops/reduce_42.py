import torch
torch.manual_seed(342)
x = torch.randn((2, 5), requires_grad=True)
z = x.log_softmax(0)
print(z)
zw = torch.linspace(-1.0, 2.0, z.numel()).reshape(z.shape).to(z.dtype)
(z * zw).sum().backward()
print(x.grad)
