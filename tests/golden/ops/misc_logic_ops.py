import torch
torch.manual_seed(7)
a = torch.tensor([True, False, True, False])
b = torch.tensor([1, 1, 0, 0])
print(torch.logical_and(a, b), torch.logical_or(a, b))
print(torch.logical_xor(a, b), torch.logical_not(b), a & (b > 0), ~a)
