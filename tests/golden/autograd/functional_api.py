import torch
from torch.autograd.functional import jacobian, hessian, vjp, jvp, hvp, vhp

def f(x):
    return torch.stack([x[0] * x[1], x[1].sin(), x[0].exp() + x[2] ** 2])

x = torch.tensor([0.5, -1.0, 2.0])
print(jacobian(f, x))
print(jacobian(lambda a, b: a * b, (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]))))
print(jacobian(lambda a: (a * 2, a.sum()), torch.tensor([1.0, 2.0])))
print(jacobian(lambda a, b: (a * b, a + b), (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]))))
print(jacobian(lambda a: a.sum(), torch.tensor([[1.0, 2.0], [3.0, 4.0]])))
print(jacobian(lambda a: a * 2, torch.tensor(3.0)))
J = jacobian(f, x, create_graph=True)
print(J.requires_grad, J.grad_fn)

def g(x):
    return (x ** 3).sum() + x[0] * x[1]

print(hessian(g, x))
print(hessian(lambda a, b: (a * a * b).sum(), (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]))))
print(hessian(lambda a: (a.exp() * a.sin()).sum(), torch.tensor([0.3, 0.7])))
v = torch.tensor([1.0, 0.5, -1.0])
print(vjp(f, x, v))
print(vjp(g, x))
print(jvp(f, x, v))
print(hvp(g, x, v))
print(vhp(g, x, v))
print(vjp(lambda a, b: a * b, (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])), torch.ones(2)))
print(jvp(lambda a: a ** 2, torch.tensor(3.0)))
try:
    vjp(f, x)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    jvp(f, x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(jacobian(lambda a: torch.ones(2), torch.tensor([1.0, 2.0])))
