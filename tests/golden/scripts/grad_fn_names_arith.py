import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0], requires_grad=True)
for t in [x + 1, x - 1, x * 2, x / 2, 1 - x, 2 / x, -x, x ** 2, x + w, x * w, x / w, x ** w, 2 ** x]:
    print(t.grad_fn.name())
