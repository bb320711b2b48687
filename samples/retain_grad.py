# Intermediate (non-leaf) tensors do not keep their .grad unless asked to.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x * 2
h.retain_grad()
y = h.pow(2)
y.retain_grad()
loss = y.sum()
loss.backward()

print(x.grad)
print(h.grad)
print(y.grad)
print(h.is_leaf, h.retains_grad, x.retains_grad)

# retain_grad on a leaf does nothing special
x.retain_grad()
print(x.retains_grad)

# a second graph: only the retained one has a gradient
a = torch.tensor(4.0, requires_grad=True)
b = a.sqrt()
c = b * 3
b.retain_grad()
c.backward()
print(a.grad, b.grad)
print(c.grad_fn, b.grad_fn)
