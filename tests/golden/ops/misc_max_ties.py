import torch
torch.manual_seed(7)
x = torch.tensor([[1., 3., 3.], [2., 2., 0.]], requires_grad=True)
y = x.max()
y.backward()
print(y, x.grad)
x.grad = None
z = x.amax(1)
z.sum().backward()
print(z, x.grad)
x.grad = None
m = torch.maximum(x, torch.full((2, 3), 2.))
m.sum().backward()
print(x.grad)
