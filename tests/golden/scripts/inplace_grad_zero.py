import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
(w * 3).sum().backward()
print(w.grad)
w.grad.zero_()
print(w.grad)
(w * w).sum().backward()
print(w.grad)
