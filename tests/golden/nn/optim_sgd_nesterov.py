import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.manual_seed(4)
w = torch.randn(40, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.01, momentum=0.5, nesterov=True)
for i in range(8):
    opt.zero_grad()
    (w ** 3).sum().backward()
    opt.step()
print(w)
opt2 = torch.optim.SGD([w], lr=0.3, momentum=0.2, dampening=0.1)
for i in range(5):
    opt2.zero_grad()
    (w.cos()).sum().backward()
    opt2.step()
print(w)
try:
    torch.optim.SGD([], lr=0.1)
except Exception as e:
    print(type(e), e)
