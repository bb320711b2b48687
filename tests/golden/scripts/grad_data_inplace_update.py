import torch
w = torch.tensor([1.0, 1.0], requires_grad=True)
(w * torch.tensor([2.0, 3.0])).sum().backward()
w.data -= 0.1 * w.grad.data
print(w)
w.data.mul_(2)
print(w)
print(w.grad)
