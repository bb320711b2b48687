import torch
a = torch.tensor([0.5], requires_grad=True)
t = (a * 2).expand(2)
t[0] = 0.8
print(t)
t.sum().backward()
print(a.grad)
base = torch.zeros(3)
view = base.expand(2, 3)
view[1, 2] = 7.0
print(base, view)
