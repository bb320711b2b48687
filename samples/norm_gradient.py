# The gradient of the Euclidean norm is the unit vector x / |x|.
import torch

x = torch.tensor([3.0, 4.0], requires_grad=True)
n = x.norm()
print(n)
n.backward()
print(x.grad)
print(x.detach() / n.detach())

# squared norm: gradient 2x
y = torch.tensor([1.0, -2.0, 2.0], requires_grad=True)
sq = (y ** 2).sum()
sq.backward()
print(sq, y.grad)

# the norm of a matrix (all entries) and the L1 "norm" via abs
m = torch.tensor([[1.0, 2.0], [2.0, 4.0]], requires_grad=True)
fro = m.norm()
fro.backward()
print(fro.item())
print(m.grad)

v = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
l1 = v.abs().sum()
l1.backward()
print(l1, v.grad)

# at zero the gradient of the norm is defined as zero
z = torch.zeros(3, requires_grad=True)
z.norm().backward()
print(z.grad)
