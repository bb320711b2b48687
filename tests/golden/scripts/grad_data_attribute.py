import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
d = x.data
print(d)
print(d.requires_grad)
d[0] = 10.0
print(x)
x.data = torch.tensor([5.0, 6.0])
print(x)
print(x.requires_grad, x.is_leaf)
