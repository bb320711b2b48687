import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x.register_hook(lambda g: g * 2)
(x * x).sum().backward()
print(x.grad)
h.remove()
x.grad = None
(x * x).sum().backward()
print(x.grad)

def show(g):
    print("hook saw", g)

a = torch.tensor([1.0, -1.0], requires_grad=True)
b = a * 3
b.register_hook(show)
b.retain_grad()
b.register_hook(lambda g: g + 1)
c = (b * b).sum()
c.backward()
print(b.grad)
print(a.grad)

p = torch.tensor([2.0, 4.0], requires_grad=True)
q = p * p
q.retain_grad()
q.register_hook(lambda g: g * 10)
q.sum().backward()
print(q.grad, p.grad)

calls = []
m = torch.tensor([1.0, 2.0], requires_grad=True)
n = m.exp()
hd = n.register_hook(lambda g: calls.append(1))
n.register_hook(lambda g: None)
n.sum().backward(retain_graph=True)
hd.remove()
n.sum().backward()
print(len(calls), m.grad)

u = torch.tensor([1.0, 2.0], requires_grad=True)
u.register_hook(lambda g: g * 3)
print(torch.autograd.grad((u * u).sum(), u))
v = u * 1
v.register_hook(lambda g: g * 5)
print(torch.autograd.grad((v * v).sum(), v))
print(torch.autograd.grad((v * v).sum(), u))
try:
    torch.ones(2).register_hook(lambda g: g)
except RuntimeError as e:
    print("RuntimeError:", e)
