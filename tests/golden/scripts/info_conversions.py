import torch
t = torch.tensor(2.75)
print(float(t), int(t), bool(t))
print(int(torch.tensor(-3.9)))
print(bool(torch.tensor(0.0)))
print(round(torch.tensor(1.23456).item(), 3))
print(float(torch.tensor([4.5])))
