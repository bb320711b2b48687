import torch
torch.manual_seed(7)
a = torch.tensor([1, 2, 3])
f = torch.tensor([0.5, 1.5, 2.5])
print(a + f, a * 2.5, a / 2, a + True, (a + f).dtype, (a / a).dtype)
print(a.float() + torch.tensor(1., dtype=torch.float64), (a * 2).dtype)
