import torch
a = torch.tensor([3.0, 4.0])
r = a.requires_grad_()
print(a.requires_grad)
print(r is a)
a.requires_grad_(False)
print(a.requires_grad)
print(a)
