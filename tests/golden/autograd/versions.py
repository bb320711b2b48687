import torch

a = torch.ones(3)
print(a._version)
a.add_(1)
a.mul_(2)
print(a._version)
a[0] = 5.0
print(a._version)
v = a[1:]
v.add_(1)
print(a._version, v._version)
d = a.detach()
d.add_(1)
print(a._version, d._version)
a.data.add_(1)
print(a._version)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
for stmt in ["add_", "iadd", "setitem", "view", "zero"]:
    try:
        if stmt == "add_":
            x.add_(1)
        elif stmt == "iadd":
            x += 1
        elif stmt == "setitem":
            x[0] = 5.0
        elif stmt == "view":
            x[0].mul_(2)
        else:
            x.zero_()
    except RuntimeError as e:
        print(stmt, "RuntimeError:", e)
with torch.no_grad():
    x.add_(1)
    x[0] = 5.0
    x *= 2
print(x, x._version)
y = x * 1
y.add_(1)
print(y.grad_fn, y._version)
w = x.exp()
w.mul_(2)
try:
    w.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
t = x.tanh()
t.relu_()
try:
    t.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
p = x * 1
q = p * p
p.add_(1)
try:
    q.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
s = x.sigmoid()
s2 = s * 1
print(s2.sum())
r = x * 1
r2 = r.sin()
r[0] = 0.0
try:
    r2.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
w0 = torch.tensor([1.0, 2.0], requires_grad=True)
out = (w0 * w0).sum()
with torch.no_grad():
    w0.mul_(2)
try:
    out.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
