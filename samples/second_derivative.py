# Higher-order derivatives: keep the graph of the first derivative with
# create_graph=True, then differentiate again.
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 3 - 4 * x          # y'  = 3x^2 - 4 = 8,   y'' = 6x = 12

(dy,) = torch.autograd.grad(y, x, create_graph=True)
print("dy/dx    =", dy)
print(dy.requires_grad, dy.grad_fn is not None)

(d2y,) = torch.autograd.grad(dy, x)
print("d2y/dx2  =", d2y)

# a vector input: the gradient of the gradient, summed
t = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
s = (t ** 4).sum()          # ds/dt = 4 t^3, d2s/dt2 = 12 t^2
(g,) = torch.autograd.grad(s, t, create_graph=True)
print(g)
g.sum().backward()
print(t.grad)

# third derivative of sin is -cos
z = torch.tensor(0.0, requires_grad=True)
f = torch.sin(z)
d1 = torch.autograd.grad(f, z, create_graph=True)[0]
d2 = torch.autograd.grad(d1, z, create_graph=True)[0]
d3 = torch.autograd.grad(d2, z)[0]
print(d1.item(), d2.item(), d3.item())
