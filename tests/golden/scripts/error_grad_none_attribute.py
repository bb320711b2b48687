import torch
x = torch.ones(2, requires_grad=True)
try:
    x.grad.zero_()
except AttributeError as e:
    print(e)
