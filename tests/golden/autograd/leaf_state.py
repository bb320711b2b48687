import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
print(x.is_leaf, y.is_leaf, x.requires_grad, y.requires_grad)
c = torch.ones(2)
print(c.is_leaf, c.requires_grad)
c.requires_grad_()
print(c.requires_grad, c.is_leaf)
c.requires_grad_(False)
print(c.requires_grad)
d = x.detach()
print(d.requires_grad, d.is_leaf, d.grad_fn)
d.zero_()
print(x)
print(x._version, d._version)
x.data.mul_(3)
print(x, x._version)
e = y.detach_()
print(e is y, y.requires_grad, y.grad_fn, y.is_leaf)
y2 = x * 2
print(y2.retains_grad)
y2.retain_grad()
print(y2.retains_grad)
y2.sum().backward()
print(y2.grad, x.grad)
x.grad.zero_()
print(x.grad)
(x * 4).sum().backward()
print(x.grad)
x.grad.data.zero_()
print(x.grad)
x.grad = torch.tensor([5.0, 6.0])
(x * 1).sum().backward()
print(x.grad)
x.grad = None
print(x.grad)
try:
    x.grad = torch.ones(3)
except RuntimeError as e:
    print("RuntimeError:", e)
x.data = torch.tensor([7.0, 8.0, 9.0])
print(x, x.shape)
try:
    torch.tensor([1, 2]).requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    i = torch.tensor([1, 2])
    i.requires_grad = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.tensor([1, 2], requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    z = x * 2
    z.requires_grad = False
except RuntimeError as e:
    print("RuntimeError:", e)
z = x * 2
try:
    z.requires_grad = True
except RuntimeError as e:
    print("RuntimeError:", e)
z.requires_grad_()
print(z.requires_grad)
try:
    z.requires_grad_(False)
except RuntimeError as e:
    print("RuntimeError:", e)
k = torch.tensor([1.0, 2.0], requires_grad=True)
k.requires_grad = False
print(k.requires_grad)
