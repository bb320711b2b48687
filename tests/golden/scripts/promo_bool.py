import torch
b = torch.tensor([True, False])
print(b + 1)
print((b + 1).dtype)
print(b * 0.5)
print(b & torch.tensor([True, True]))
print(b | torch.tensor([False, True]))
print(~b)
