import torch

w = torch.tensor([0.5, -1.0], requires_grad=True)
for step in range(2):
    if w.grad is not None:
        w.grad.zero_()
    loss = (w * w).sum()
    loss.backward()
print(w.grad)
