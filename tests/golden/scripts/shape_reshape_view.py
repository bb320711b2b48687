import torch
x = torch.arange(6)
print(x.reshape(2, 3))
print(x.view(3, 2))
print(x.reshape(-1, 2).shape)
print(x.reshape(2, 3).t())
print(x.unsqueeze(0).shape, x.reshape(1, 6, 1).squeeze().shape)
