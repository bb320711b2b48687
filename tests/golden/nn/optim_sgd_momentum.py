import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.manual_seed(1)
w = torch.randn(5, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.05, momentum=0.9, weight_decay=0.01)
for i in range(10):
    opt.zero_grad()
    loss = ((w - 1) ** 2).sum() + w.sin().sum()
    loss.backward()
    opt.step()
    print(w)
print(w.grad)
opt.zero_grad()
print(w.grad)
