import torch
x = torch.tensor([-2.5, 0.0, 3.0])
print(x.abs())
print(torch.abs(x))
print(abs(x))
print(torch.tensor([-3, 4]).abs())
print(-x)
