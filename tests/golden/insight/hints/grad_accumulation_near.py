# The same two gradients, cleared in between: no hint.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss1 = (w * 3).sum()
loss1.backward()
g1 = w.grad.clone()
w.grad = None
loss2 = (w ** 2).sum()
loss2.backward()
print(g1, w.grad)
for step in range(3):
    w.grad.zero_()
    (w * w).sum().backward()
print(w.grad)
