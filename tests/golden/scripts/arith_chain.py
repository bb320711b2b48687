import torch
x = torch.tensor([0.5, 1.0, 1.5])
y = (x * 2 + 1) / (x + 1) - 0.5
print(y)
z = y ** 2 * 3
print(z)
