import torch
x = torch.ones(2, requires_grad=True)
y = x + x
print(y.grad_fn.next_functions)
a, b = y.grad_fn.next_functions
print(a[0] is b[0])
print(a[0].name())
