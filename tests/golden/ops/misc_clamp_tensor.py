import torch
torch.manual_seed(7)
x = torch.tensor([[0.5, 1.0, 1.5], [0.8, 1.2, 2.0]], requires_grad=True)
lo = torch.full((2, 3), 0.9, requires_grad=True)
hi = torch.full((3,), 1.1, requires_grad=True)
z = torch.clamp(x, lo, hi)
print(z)
(z * torch.arange(6.).reshape(2, 3)).sum().backward()
print(x.grad, lo.grad, hi.grad)
