import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
a = torch.arange(6.)
b = a.view(2, 3)
b[0, 0] = 10.
print(a)
c = a[::2]
c += 1
print(a, c)
print(a._version, b._version, c._version)
d = b.t()
d.mul_(2)
print(a)
e = a.detach()
e[1] = -5.
print(a)
print(b.is_contiguous(), d.is_contiguous(), d.stride(), c.stride(), c.storage_offset())
