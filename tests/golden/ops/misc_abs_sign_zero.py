import torch
torch.manual_seed(7)
x = torch.tensor([-1., 0., 2.], requires_grad=True)
(x.abs() + x.relu() + x.sign()).sum().backward()
print(x.grad)
