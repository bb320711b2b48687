import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
y.backward(torch.tensor([1.0, 0.5, 0.25]))
print(x.grad)
x.grad = None
z = (x ** 3).sum()
z.backward(retain_graph=True)
print(x.grad)
z.backward()
print(x.grad)
try:
    (x * 2).backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    (x * 2).backward(torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.ones(3).backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.ones(3).backward(torch.ones(4))
except RuntimeError as e:
    print("RuntimeError:", e)
w = torch.tensor([2.0, -1.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
out = (w * w).sum() + b * 3
out.backward(inputs=[w])
print(w.grad, b.grad)
out2 = (w * b).sum()
out2.backward(inputs=b)
print(w.grad, b.grad)
x.grad = None
(x * 2).sum().backward(torch.tensor(3.0))
print(x.grad)
x.grad = None
(x * 2).backward(torch.tensor([1, 2, 3]))
print(x.grad)
