import torch
try:
    torch.tensor([1, 2], requires_grad=True)
except RuntimeError as e:
    print(e)
try:
    torch.arange(3).requires_grad_()
except RuntimeError as e:
    print(e)
