import torch

w = torch.tensor([0.5, -1.0], requires_grad=True)
for step in range(2):
    w.grad.zero_()
    loss = (w * w).sum()
    loss.backward()
