import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.manual_seed(2)
w = torch.randn(5, requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
for i in range(15):
    opt.zero_grad()
    loss = ((w - 2) ** 2).sum()
    loss.backward()
    opt.step()
    print(w)
