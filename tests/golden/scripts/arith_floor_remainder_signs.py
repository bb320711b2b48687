import torch
a = torch.tensor([-7, 7, -8])
print(a // 2)
print(a % 3)
f = torch.tensor([-7.5, 7.5])
print(f // 2)
print(f % 2)
print(torch.tensor([5]) // torch.tensor([-2]))
