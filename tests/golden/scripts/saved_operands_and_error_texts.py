import torch
w = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
x = torch.tensor([3.0, 4.0])
y = (x * w).sum() + (w * x).sum() + (x / w).sum() + (w / 2).sum() + (2 * w).sum()
y.backward()
print(w.grad)
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a * 1
c = b * x          # x needs no grad: b is not saved
b.add_(1)
c.sum().backward()
print(a.grad)
d = a * 1
e = x / d          # the divisor is saved
d.add_(1)
try:
    e.sum().backward()
except RuntimeError as err:
    print(str(err)[:150])
f = a * 1
h = f / x          # only the divisor x is saved
f.mul_(2)
h.sum().backward()
print(a.grad)
try:
    print(torch.tensor([False, True]).argmax())
except RuntimeError as e:
    print(e)
for fn in [lambda: torch.zeros(3, 0).argmax(1), lambda: torch.zeros(3, 0).max(1), lambda: torch.zeros(0).argmax()]:
    try:
        print(fn())
    except (IndexError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    torch.ones(5, 2, 3).expand(2, 3)
except RuntimeError as e:
    print("RuntimeError", e)
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a.sigmoid()
c = b * 2
b.mul_(3)
try:
    c.sum().backward()
except RuntimeError as e:
    print(str(e)[:160])
b=torch.tensor([True,False])
x=torch.ones(2)
for f in [lambda: b - True, lambda: True - b, lambda: b - 1, lambda: 1 - b, lambda: torch.sub(b, b), lambda: b.sub_(b), lambda: torch.rsub(b, b), lambda: x - b, lambda: b - x, lambda: x - True, lambda: torch.tensor([1, 2]) - 1]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
