import torch
torch.manual_seed(7)
x = torch.tensor([0.5, 1.5], requires_grad=True)
y = (x ** 3 + x.sin() * x.exp()).sum()
g, = torch.autograd.grad(y, x, create_graph=True)
print(g)
g.sum().backward()
print(x.grad)
