import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
logits = torch.randn(2, 5)
try:
    F.cross_entropy(logits, torch.tensor([1, 5]))
except Exception as e:
    print(type(e), e)
try:
    F.nll_loss(logits, torch.tensor([1., 2.]))
except Exception as e:
    print(type(e), e)
try:
    F.cross_entropy(logits, torch.tensor([1, 2, 3]))
except Exception as e:
    print(type(e), e)
try:
    F.mse_loss(logits, logits, reduction='avg')
except Exception as e:
    print(type(e), e)
