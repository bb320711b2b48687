import torch
torch.manual_seed(0)
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
with torch.no_grad():
    u = a.view(3)
    r = a[1:]
    s0, s1 = a.split(2)
    t = a.unsqueeze(0)
    print(a[0], r)
    k = a * 2
print(u.requires_grad, u.grad_fn, u.is_leaf, r, s0, s1.requires_grad, t, k.requires_grad)
try:
    u.add_(1)
except RuntimeError as e:
    print(e)
try:
    r[0] = 5.0
except RuntimeError as e:
    print(e)
with torch.no_grad():
    u.add_(1)
print(a, u)
try:
    y = (r * 3).sum()
except RuntimeError as e:
    print(e)
b = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    v = b[:]
y = (v * 3).sum()
y.backward()
print(v.grad, b.grad, v.is_leaf)
w = torch.nn.Linear(2, 2)
with torch.no_grad():
    row = w.weight[0]
    print(row, w.weight.T.requires_grad)
z = row.unsqueeze(0)
print(z.requires_grad, z.grad_fn, z.is_leaf)
try:
    z.mul_(2)
except RuntimeError as e:
    print(e)
w2 = torch.tensor([1.0, 2.0], requires_grad=True)
w2.grad = torch.tensor([0.5, 0.5])
with torch.no_grad():
    first = w2[0]
    w2 -= 0.1 * w2.grad
print(first, w2)
with torch.no_grad():
    parts = w2.unbind()
    print(parts[0].requires_grad, [p.is_leaf for p in parts])
b = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    v = b[:]
y = (v * 3).sum()
print(y.grad_fn.next_functions[0][0].next_functions)
y.backward()
print(v.grad, b.grad, v.is_leaf, v._base is b)
v.retain_grad()
z = (v * v).sum(); z.backward(); print(v.grad)
def h(g): print("hook", g); return g
v.register_hook(h)
(v * 2).sum().backward()
print(v.grad, v.grad_fn)
