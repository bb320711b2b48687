import torch
t = torch.tensor([1.0, 2.0, 3.0])
for v in t:
    print(v, v.item())
m = torch.tensor([[1, 2], [3, 4]])
for row in m:
    print(row)
