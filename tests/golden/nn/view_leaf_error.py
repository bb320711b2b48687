import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
try:
    x[0].mul_(2)
except Exception as e:
    print(type(e), e)
try:
    x.add_(1)
except Exception as e:
    print(type(e), e)
try:
    x[0] = 1.
except Exception as e:
    print(type(e), e)
try:
    x.view(6).zero_()
except Exception as e:
    print(type(e), e)
