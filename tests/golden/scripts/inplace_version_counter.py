import torch
x = torch.tensor([1.0, 2.0])
print(x._version)
x.add_(1)
x.mul_(2)
print(x._version)
x += 1
print(x._version)
