import torch
z = torch.ones(2, requires_grad=True)
h = z.register_hook(lambda g: torch.ones(3))
try:
    (z * 2).sum().backward()
except RuntimeError as e:
    print(e)
h.remove()
def widen(g):
    return g.double()
z.register_hook(widen)
try:
    (z * 2).sum().backward()
    print(z.grad, z.grad.dtype)
except RuntimeError as e:
    print(e)
y = torch.ones(2, requires_grad=True)
w = y * 3
def shrink(g):
    return g[:1]
w.register_hook(shrink)
try:
    w.sum().backward()
except RuntimeError as e:
    print(e)
v = y * 2
v.register_hook(lambda g: g.double())
try:
    v.sum().backward()
except RuntimeError as e:
    print(e)
q = torch.ones(2, requires_grad=True)
q.register_hook(lambda g: g.reshape(2, 1))
try:
    q.sum().backward()
except RuntimeError as e:
    print(e)
q2 = torch.ones(2, requires_grad=True)
q2.register_hook(lambda g: g * 10)
q2.sum().backward()
print(q2.grad)
