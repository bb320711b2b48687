import torch
torch.manual_seed(7)
x = torch.tensor([0.5, 1.5, -2.0], requires_grad=True)
y = (x.to(torch.float64) ** 2).float().sum()
y.backward()
print(y, x.grad)
z = torch.tensor([1, 2]).to(torch.float32)
print(z, z.requires_grad)
