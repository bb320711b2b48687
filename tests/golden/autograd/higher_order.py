import torch

x = torch.tensor([0.5, -1.25, 2.0], requires_grad=True)
for name, f in [("cube", lambda t: t ** 3), ("sin", lambda t: t.sin()),
                ("exp", lambda t: t.exp()), ("tanh", lambda t: t.tanh())]:
    y = f(x).sum()
    g1, = torch.autograd.grad(y, x, create_graph=True)
    g2, = torch.autograd.grad(g1.sum(), x, create_graph=True)
    g3, = torch.autograd.grad(g2.sum(), x)
    print(name, g1)
    print(name, g2)
    print(name, g3)

s = torch.tensor(1.5, requires_grad=True)
y = s ** 3
g, = torch.autograd.grad(y, s, create_graph=True)
print(g)
g.backward()
print(s.grad)

z = torch.tensor([1.0, 2.0], requires_grad=True)
w = (z * z * z).sum()
w.backward(create_graph=True)
print(z.grad)
gz = z.grad
z.grad = None
gz.sum().backward()
print(z.grad)

c = torch.tensor([1.0, 2.0], requires_grad=True)
g, = torch.autograd.grad((c * 2).sum(), c, create_graph=True)
print(g, g.requires_grad)
try:
    torch.autograd.grad(g.sum(), c)
except RuntimeError as e:
    print("RuntimeError:", e)
g, = torch.autograd.grad((c * c).sum(), c, create_graph=True)
print(g)
g2, = torch.autograd.grad(g.sum(), c, create_graph=True)
print(g2)
try:
    torch.autograd.grad(g2.sum(), c)
except RuntimeError as e:
    print("RuntimeError:", e)
