import torch
w = torch.tensor([2.0], requires_grad=True)
a = float(w)
b = int(w)
c = bool(w)
d = w.item()
e = float(w * 2)
f = float(w.detach())
print(a, b, c, d, e, f)
import math
print(math.sqrt(w))
