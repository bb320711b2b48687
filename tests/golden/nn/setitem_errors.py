import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
try:
    h = torch.zeros(2, 3); h[0] = torch.ones(2)
except Exception as e:
    print(type(e), e)
try:
    h = torch.zeros(2, 3); h[5] = 1.
except Exception as e:
    print(type(e), e)
try:
    h = torch.zeros(2, 3); h[torch.tensor([True])] = 1.
except Exception as e:
    print(type(e), e)
