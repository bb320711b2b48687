import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.manual_seed(9)
w = torch.randn(33, requires_grad=True)
opt = torch.optim.Adam([w], lr=0.05, amsgrad=True)
for i in range(10):
    opt.zero_grad()
    (w.sin() * w).sum().backward()
    opt.step()
print(w)
