import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
try:
    F.linear(x, torch.randn(4, 5))
except Exception as e:
    print(type(e), e)
try:
    nn.Linear(3, 4)(torch.randn(2, 5))
except Exception as e:
    print(type(e), e)
