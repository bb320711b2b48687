import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
d = y.detach()
print(d)
print(d.requires_grad, d.is_leaf, d.grad_fn)
z = d * 3
print(z.requires_grad)
print(x.detach().requires_grad)
