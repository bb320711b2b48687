# The classic "keep doubling until the norm passes 1000" loop, started from a
# seeded random vector so the run is repeatable.
import torch

torch.manual_seed(0)

x = torch.randn(3, requires_grad=True)
print(x)

y = x * 2
while y.data.norm() < 1000:
    y = y * 2

print(y)

v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
y.backward(v)
print(x.grad)
