# Chain rule on plain scalars: f(x) = (3x + 1)^2, so df/dx = 6 * (3x + 1)
import torch

x = torch.tensor(2.0, requires_grad=True)
u = 3 * x + 1
f = u ** 2
print("u =", u)
print("f =", f)
f.backward()
print("df/dx =", x.grad)
print("by hand:", 6 * (3 * 2.0 + 1))

# two inputs feeding one output: g(a, b) = a * b + a / b
a = torch.tensor(3.0, requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
g = a * b + a / b
g.backward()
print("g =", g.item())
print("dg/da =", a.grad.item(), " expected", 0.5 + 1 / 0.5)
print("dg/db =", b.grad.item(), " expected", 3.0 - 3.0 / 0.25)

# a longer chain through exp and log: h = log(1 + exp(w))
w = torch.tensor(0.0, requires_grad=True)
h = torch.log(1 + torch.exp(w))
h.backward()
print(f"h = {h.item():.6f}")
print(f"dh/dw = {w.grad.item():.6f}")
print(h.grad_fn.name(), [fn.name() for fn, _ in h.grad_fn.next_functions])
