import torch
w = torch.ones(2, requires_grad=True)
z = torch.zeros_like(w)
print(z, z.requires_grad)
o = torch.ones_like(w, requires_grad=True)
print(o)
