import torch
a = torch.tensor([1.0, 2.0])
print([a, a * 2])
print((a, 1))
print({"w": torch.tensor(0.5)})
print((torch.ones(2, 2), 3))
print(str(a) == repr(a))
