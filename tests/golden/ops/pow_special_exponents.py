import torch
torch.manual_seed(0)
for dt in (torch.float32, torch.float64):
    x = (torch.rand(2000, dtype=dt) * 4 + 0.01).requires_grad_()
    for e in (2, 3, -1, -2, -0.5, 0.5, 2.0, 3.0, -1.0):
        y = x ** e
        y.sum().backward()
        print(dt, e, y.sum().item(), x.grad.sum().item(), y[:3].tolist(), x.grad[:3].tolist())
        x.grad = None
x = torch.tensor([0.0, -1.0, 4.0], requires_grad=True)
print(x ** -0.5, x ** 0.5, x ** -1, x ** -2)
print(torch.pow(x, 3), x.pow(2).grad_fn)
