import torch
a = torch.tensor([7, -7, 9])
print(a + 2)
print(a * 3)
print(a - a)
print(a // 2)
print(a % 4)
print(a ** 2)
print(-a)
