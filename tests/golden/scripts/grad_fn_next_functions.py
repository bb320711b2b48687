import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([0.5, 0.5], requires_grad=True)
y = x * w + 1
print(y.grad_fn.next_functions)
mul = y.grad_fn.next_functions[0][0]
print(mul.name())
print(mul.next_functions)
print([(f.name() if f is not None else None, i) for f, i in mul.next_functions])
