import torch
x = torch.tensor([1.0, 2.0, 3.0])
print(x.pow(2))
print(torch.pow(x, 3))
print(x ** 0.5)
print(x ** -1)
print(torch.tensor([2, 3]) ** 2)
print(torch.pow(2, torch.tensor([1.0, 2.0])))
