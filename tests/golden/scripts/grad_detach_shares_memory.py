import torch
x = torch.tensor([1.0, 2.0, 3.0])
d = x.detach()
d[1] = 20.0
print(x)
c = x.clone()
c[0] = -1.0
print(x, c)
