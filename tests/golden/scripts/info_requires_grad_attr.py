import torch
a = torch.tensor([1.0, 2.0])
print(a.requires_grad)
b = torch.tensor([1.0, 2.0], requires_grad=True)
print(b.requires_grad)
print(b)
a.requires_grad = True
print(a.requires_grad)
print(torch.ones(2, requires_grad=True))
print(torch.zeros(1, 2, requires_grad=True))
