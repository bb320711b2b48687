import torch
torch.manual_seed(7)
x = torch.tensor([[1., 0., 3.], [2., 4., 0.5]], requires_grad=True)
y = x.prod(1)
y.sum().backward()
print(y, x.grad)
x.grad = None
z = x.prod()
z.backward()
print(z, x.grad)
