import torch
w = torch.tensor([0.5, -0.5], requires_grad=True)
loss = (w * w).sum()
loss.backward()
with torch.no_grad():
    w -= 0.25 * w.grad
    w.add_(1)
    w *= 2
print(w)
print(w.requires_grad, w.is_leaf, w.grad_fn)
