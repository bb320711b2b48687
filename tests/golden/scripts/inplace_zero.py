import torch
x = torch.tensor([1.0, 2.0, 3.0])
r = x.zero_()
print(x)
print(r is x)
