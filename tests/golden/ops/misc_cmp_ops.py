import torch
torch.manual_seed(7)
a = torch.tensor([[1., 2., 3.], [4., float('nan'), 6.]])
b = torch.tensor([3., 2., 1.])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a.eq(2), a.ne(2.), torch.lt(a, 3), torch.ge(a, b))
