import torch
a = torch.tensor([1, 2, 3])
print(a * 1.5)
print((a * 1.5).dtype)
print((a + 1).dtype)
print((a + True).dtype)
print(2.0 * a)
