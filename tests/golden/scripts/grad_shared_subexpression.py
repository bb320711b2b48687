import torch
x = torch.tensor(2.0, requires_grad=True)
a = x * x
b = a + a * x
b.backward()
print(x.grad)
print(a, b)
