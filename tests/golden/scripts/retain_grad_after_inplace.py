import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
t = a * 1
t.retain_grad()
t[0] = 5.0
t.sum().backward()
print(t.grad, a.grad)
b = torch.tensor([1.0, 2.0], requires_grad=True)
u = b * 2
u.retain_grad()
u.mul_(3)
(u * u).sum().backward()
print(u.grad, b.grad)
c = torch.tensor([1.0, 2.0], requires_grad=True)
v = c * 2
v.retain_grad()
(v * v).sum().backward()
print(v.grad)
