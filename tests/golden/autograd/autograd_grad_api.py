import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.tensor([0.5, 0.25, 2.0], requires_grad=True)
out = (x * y).sum()
gx, gy = torch.autograd.grad(out, (x, y))
print(gx, gy)
print(x.grad, y.grad)
r = torch.autograd.grad(x * 2, x, grad_outputs=torch.tensor([1.0, 10.0, 100.0]))
print(isinstance(r, tuple), len(r), r[0])
r = torch.autograd.grad([(x * 2).sum(), (x * x).sum()], [x])
print(r)
r = torch.autograd.grad([x * 2, x * x], x, grad_outputs=[torch.ones(3), torch.full((3,), 2.0)])
print(r)
z = torch.tensor([1.0], requires_grad=True)
print(torch.autograd.grad((x * 2).sum(), [x, z], allow_unused=True))
print(torch.autograd.grad((x * 2).sum(), [x, z], materialize_grads=True))
c = torch.tensor([1.0, 2.0])
for call in [lambda: torch.autograd.grad((x * 2).sum(), z),
             lambda: torch.autograd.grad((x * 2).sum(), [x, z]),
             lambda: torch.autograd.grad((x * 2).sum(), c),
             lambda: torch.autograd.grad(x * 2, x),
             lambda: torch.autograd.grad(c.sum(), x),
             lambda: torch.autograd.grad((x * 2).sum(), x, grad_outputs=torch.ones(2))]:
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
h = x * 3
k = (h * h).sum()
print(torch.autograd.grad(k, h))
print(torch.autograd.grad((x ** 2).sum(), x, torch.tensor(2.0)))
torch.autograd.backward([(x * x).sum(), (y * 3).sum()])
print(x.grad, y.grad)
torch.autograd.backward(x * 2, torch.tensor([1.0, 1.0, 1.0]))
print(x.grad)
with torch.no_grad():
    g, = torch.autograd.grad((x * x).sum(), x) if False else (None,)
print(g)
