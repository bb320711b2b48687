import torch
torch.manual_seed(7)
x = torch.tensor([0., 2.], requires_grad=True)
e = torch.tensor([0.5, 3.], requires_grad=True)
y = (x ** e).sum()
y.backward()
print(y, x.grad, e.grad)
