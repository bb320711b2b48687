import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
try:
    print(x.view(4))
except Exception as e:
    print(type(e), e)
try:
    print(x.t().view(6))
except Exception as e:
    print(type(e), e)
try:
    print(x.view(-1, -1))
except Exception as e:
    print(type(e), e)
try:
    print(v.expand(2, 4))
except Exception as e:
    print(type(e), e)
try:
    print(x.permute(0))
except Exception as e:
    print(type(e), e)
try:
    print(x.permute(0, 0))
except Exception as e:
    print(type(e), e)
try:
    print(x.transpose(0, 2))
except Exception as e:
    print(type(e), e)
try:
    print(x.unsqueeze(3))
except Exception as e:
    print(type(e), e)
try:
    print(x.squeeze(2))
except Exception as e:
    print(type(e), e)
try:
    print(torch.cat([x, v]))
except Exception as e:
    print(type(e), e)
try:
    print(torch.cat([x, torch.randn(2, 2)]))
except Exception as e:
    print(type(e), e)
try:
    print(torch.stack([x, v]))
except Exception as e:
    print(type(e), e)
try:
    print(torch.cat([]))
except Exception as e:
    print(type(e), e)
try:
    print(x.narrow(1, 2, 2))
except Exception as e:
    print(type(e), e)
try:
    print(x.gather(1, torch.tensor([[0.0]])))
except Exception as e:
    print(type(e), e)
try:
    print(x.repeat(2))
except Exception as e:
    print(type(e), e)
try:
    print(x.chunk(0))
except Exception as e:
    print(type(e), e)
try:
    print(x.split(0))
except Exception as e:
    print(type(e), e)
try:
    print(x.index_select(0, torch.tensor([5])))
except Exception as e:
    print(type(e), e)
try:
    print(x.flip(2))
except Exception as e:
    print(type(e), e)
try:
    print(x.reshape(5))
except Exception as e:
    print(type(e), e)
try:
    print(x.expand(3, 3))
except Exception as e:
    print(type(e), e)
try:
    print(x.view(2, 3, 4))
except Exception as e:
    print(type(e), e)
