import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
print(F.softmax(x))
print(F.log_softmax(v))
print(F.softmax(torch.randn(2, 2, 2)))
