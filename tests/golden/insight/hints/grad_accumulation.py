# Two losses, two backward() calls: the second .grad is the sum of both.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss1 = (w * 3).sum()
loss1.backward()
g1 = w.grad.clone()
loss2 = (w ** 2).sum()
loss2.backward()
print(g1, w.grad)
