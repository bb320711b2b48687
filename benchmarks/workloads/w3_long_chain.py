import torch
# y = y * 1.0001, 100,000 times on a 3-element tensor, then backward through the chain.
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x
for i in range(100000):
    y = y * 1.0001
y.sum().backward()
print(x.grad)
