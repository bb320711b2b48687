import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x * x).sum()
y.backward(retain_graph=True)
y.backward()
print(x.grad)
try:
    y.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
a = torch.tensor([0.5, -1.5], requires_grad=True)
h = a.exp()
l1 = h.sum()
l2 = (h * 3).sum()
l1.backward(retain_graph=True)
l2.backward()
print(a.grad)
try:
    torch.autograd.grad((a * a).sum(), a)
    s = (a * a).sum()
    torch.autograd.grad(s, a)
    torch.autograd.grad(s, a)
except RuntimeError as e:
    print("RuntimeError:", e)
s = (a.sin()).sum()
print(torch.autograd.grad(s, a, retain_graph=True))
print(torch.autograd.grad(s, a))
