import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
try:
    print(x[2])
except Exception as e:
    print(type(e), e)
try:
    print(x[0, 5])
except Exception as e:
    print(type(e), e)
try:
    print(x[0, 0, 0])
except Exception as e:
    print(type(e), e)
try:
    print(x[torch.tensor([0.5])])
except Exception as e:
    print(type(e), e)
try:
    print(x[torch.tensor([3])])
except Exception as e:
    print(type(e), e)
try:
    print(x[torch.tensor([True, False, True])])
except Exception as e:
    print(type(e), e)
try:
    print(x[:, ::-1])
except Exception as e:
    print(type(e), e)
try:
    print(v[0][0])
except Exception as e:
    print(type(e), e)
try:
    print(x[[0, 3]])
except Exception as e:
    print(type(e), e)
try:
    print(x[:, torch.tensor([-4])])
except Exception as e:
    print(type(e), e)
