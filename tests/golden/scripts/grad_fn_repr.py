import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
print(y.grad_fn)
print(y.grad_fn.name())
print(type(y.grad_fn).__name__)
print(x.grad_fn)
print(y)
