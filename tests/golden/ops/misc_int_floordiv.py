import torch
torch.manual_seed(7)
a = torch.tensor([-7, -3, 0, 3, 7])
print(a // 2, a // -2, a % 3, a % -3, -7 // torch.tensor(2))
print(torch.floor_divide(a, 2), torch.remainder(a, -4), a.fmod(3))
