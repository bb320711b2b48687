import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
z = torch.tensor([-3., -0.5, 0., 0.2, 0.9, 2.5], requires_grad=True)
t = torch.zeros(6)
for red in ['mean', 'sum', 'none']:
    for f in [F.smooth_l1_loss, F.huber_loss]:
        r = f(z, t, reduction=red)
        print(r, r.grad_fn)
        g, = torch.autograd.grad(r.sum(), z)
        print(g)
print(F.smooth_l1_loss(z, t, beta=0.5), F.huber_loss(z, t, delta=2.0))
r = F.smooth_l1_loss(x, y)
r.backward()
print(r, x.grad, y.grad)
