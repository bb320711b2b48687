import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
for t in [x.sum(), x.sum(0), x.mean(), x.mean(1), x.norm(), x.exp(), x.log(), x.abs(), x.pow(3)]:
    print(t.grad_fn.name())
print(x.sum())
print(x.mean(1))
