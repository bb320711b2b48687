import torch
torch.manual_seed(7)
a = torch.tensor([-7.5, -3.0, -0.5, 0.5, 3.0, 7.5])
print(a // 2, a // -2, a % 2, a % -2, 5 % a, 5 // a)
print(torch.fmod(a, -2), torch.remainder(-5, a))
