import torch
torch.manual_seed(7)
x = torch.tensor([0., 4.], requires_grad=True)
y = x.sqrt().sum()
y.backward()
print(y, x.grad)
