import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    (x * 2).backward()
except RuntimeError as e:
    print(e)
try:
    torch.tensor([1.0, 2.0]).sum().backward()
except RuntimeError as e:
    print(e)
