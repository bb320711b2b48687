import torch
a = torch.tensor([1.0], requires_grad=True)
b = torch.tensor([2.0])
c = a * b
d = b * 2
print(c.requires_grad, d.requires_grad)
e = c + d
print(e.requires_grad, e.grad_fn.name())
print(e.grad_fn.next_functions[1])
