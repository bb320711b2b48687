import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    (x * 2).backward(torch.ones(3))
except RuntimeError as e:
    print(e)
