import torch
try:
    torch.tensor([1.0, 2.0]).item()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    float(torch.ones(3))
except ValueError as e:
    print(type(e).__name__, e)
