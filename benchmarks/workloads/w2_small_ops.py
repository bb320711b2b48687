import torch
# 10,000 iterations of 7 recorded ops on a 3-element tensor, then one backward pass.
x = torch.tensor([0.5, -0.25, 1.0], requires_grad=True)
acc = x * 0.0
for i in range(10000):
    h = x * 1.001
    h = h + 0.5
    h = h.tanh()
    h = h - x
    h = h * h
    h = h / 3.0
    acc = acc + h
acc.sum().backward()
print(x.grad)
