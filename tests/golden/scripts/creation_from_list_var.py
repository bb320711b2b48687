import torch
values = [3, 1, 4, 1, 5]
t = torch.tensor(values)
print(t)
rows = [[0.5] * 3, [1.5] * 3]
print(torch.tensor(rows))
print(torch.tensor([v * 2 for v in values]))
