import torch
w = torch.ones(2, requires_grad=True)
try:
    w.add_(1)
except RuntimeError as e:
    print(e)
try:
    w += 1
except RuntimeError as e:
    print(e)
print(w)
