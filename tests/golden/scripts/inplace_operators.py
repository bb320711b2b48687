import torch
x = torch.tensor([1.0, 2.0])
y = x
x += 1
print(x, y, x is y)
x *= 2
x -= 1
x /= 2
print(y)
