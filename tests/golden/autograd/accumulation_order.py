import torch
e = 3e-8
def run(name, f):
    x = torch.tensor([1.0], requires_grad=True)
    f(x).sum().backward()
    print(name, x.grad.item())
run("v1", lambda x: x * 1.0 + x * e + x * e)
run("v2", lambda x: x * e + x * e + x * 1.0)
run("v3", lambda x: x * e + x * 1.0 + x * e)
run("v4", lambda x: (x * e) * 1.0 + x * e + x)
run("v5", lambda x: x + ((x * e) * 1.0 + x * e))
def f6(x):
    a = x * e
    b = x * 1.0
    c = x * e
    return c + b + a
run("v6", f6)
def f7(x):
    a = x * 1.0
    b = x * e
    c = x * e
    return (a + (b + c))
run("v7", f7)
def f8(x):
    a = x * e
    b = a * 1.0
    c = x * 1.0
    d = x * e
    return b + c + d
run("v8", f8)
def f9(x):
    return torch.cat([x * 1.0, x * e, x * e])
run("v9", f9)
def f10(x):
    return torch.stack([x, x * e, x * e]).sum(0)
run("v10", f10)
def f11(x):
    y = x.expand(3)
    return y * torch.tensor([1.0, e, e])
run("v11", f11)
def f12(x):
    y = x.expand(3)
    return y * torch.tensor([e, e, 1.0])
run("v12", f12)
def f13(x):
    y = x * 1.0
    return y.expand(3) * torch.tensor([e, 1.0, e])
run("v13", f13)
def f14(x):
    a = x * e
    b = x * e
    return a + b + x
run("v14", f14)
def f15(x):
    l = [x * e, x * 1.0, x * e]
    s = l[0]
    for t in l[1:]:
        s = s + t
    return s
run("v15", f15)
torch.manual_seed(3)
w = torch.randn(6, requires_grad=True)
b = torch.randn(4, 6)
loss = ((w * b) * 0.37 + w * 1e-3).sum() + (w * w).mean() + (b * w).sum() * 3e-4
loss.backward()
print(w.grad.tolist())
s = torch.tensor(0.1, requires_grad=True)
acc = s * 0
for i in range(20):
    acc = acc + s * (i + 1) * 0.37
acc.backward()
print(s.grad.item())
