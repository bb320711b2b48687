import torch
a = torch.ones(2, 1, 3)
b = torch.arange(4, dtype=torch.float32).reshape(4, 1)
c = a + b
print(c.shape)
print(c)
print(torch.zeros(3) + torch.tensor(5.0))
