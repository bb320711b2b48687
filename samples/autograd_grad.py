# torch.autograd.grad returns gradients instead of storing them in .grad
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, -1.0], requires_grad=True)
out = (a * b + a ** 2).sum()

ga, gb = torch.autograd.grad(out, [a, b])
print(ga)
print(gb)
print(a.grad, b.grad)

# a non-scalar output needs grad_outputs
c = a * 10
(gc,) = torch.autograd.grad(c, a, grad_outputs=torch.tensor([1.0, 0.5]))
print(gc)

# an input that is not used: allow_unused gives None for it
unused = torch.tensor(1.0, requires_grad=True)
res = torch.autograd.grad((a * 2).sum(), [a, unused], allow_unused=True)
print(res)

# retain_graph lets you ask twice
k = (a.exp() * b).sum()
first = torch.autograd.grad(k, b, retain_graph=True)[0]
second = torch.autograd.grad(k, b)[0]
print(first)
print(torch.equal(first, second))
