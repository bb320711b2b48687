import torch
a = torch.tensor([1, 2, 3])
a.add_(5)
print(a)
a.mul_(2)
print(a, a.dtype)
a.zero_()
print(a)
