import torch
try:
    torch.tensor([1, 2, 3]).mean()
except RuntimeError as e:
    print(e)
a = torch.tensor([1, 2])
try:
    a += 0.5
except RuntimeError as e:
    print(e)
print(a)
