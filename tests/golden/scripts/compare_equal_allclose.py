import torch
a = torch.tensor([1.0, 2.0])
b = torch.tensor([1.0, 2.0000001])
print(torch.equal(a, a.clone()))
print(torch.equal(a, torch.tensor([1.0, 3.0])))
print(torch.allclose(a, b))
print((a == b).all())
print((a == 1.0).any())
