import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
r = F.mse_loss(v, torch.zeros(3, 1))
print(r)
try:
    F.mse_loss(v, torch.zeros(4, 1, 2))
except Exception as e:
    print(type(e), e)
