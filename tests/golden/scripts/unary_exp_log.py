import torch
x = torch.tensor([0.0, 1.0, 2.0])
print(x.exp())
print(torch.exp(x))
print(torch.tensor([1.0, 2.718281828, 10.0]).log())
print(torch.log(torch.tensor([1.0, 4.0])))
print(x.exp().log())
