import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
c = torch.tensor([1.0, 2.0])
y = x * 2
print(x.is_leaf, c.is_leaf, y.is_leaf)
z = c * 2
print(z.is_leaf, z.requires_grad)
print(x.detach().is_leaf)
