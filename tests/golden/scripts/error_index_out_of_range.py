import torch
t = torch.tensor([1, 2, 3])
try:
    t[5]
except IndexError as e:
    print(e)
try:
    t.sum(dim=2)
except IndexError as e:
    print(e)
