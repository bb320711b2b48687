import torch
torch.manual_seed(7)
a = torch.tensor([True, False, True])
print(a.sum(), a.any(), a.all(), a.int(), a + a, a * 3, a.float())
