import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
for m in [nn.ReLU(), nn.Sigmoid(), nn.Tanh(), nn.Softmax(dim=1), nn.Softmax(dim=0), nn.GELU(), nn.LeakyReLU(0.1), nn.SiLU(), nn.LogSoftmax(dim=1)]:
    print(m)
    r = m(x)
    print(r, r.grad_fn)
print(nn.ReLU(inplace=True), nn.Dropout(), nn.Dropout(0.2), nn.Identity(), nn.Flatten())
