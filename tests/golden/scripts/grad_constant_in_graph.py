import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
c = torch.tensor([10.0, 20.0])
y = x * c
print(y.grad_fn.next_functions)
y.sum().backward()
print(x.grad, c.grad)
