import torch
torch.manual_seed(7)
a = torch.tensor([1., 2.], dtype=torch.float32)
d = torch.tensor(3., dtype=torch.float64)
i = torch.tensor([1, 2], dtype=torch.int32)
print((a * d).dtype, (i * d).dtype, (i + 2).dtype, (i + 2.5).dtype)
print((i * torch.tensor(2)).dtype, (a + torch.tensor([1, 2])).dtype)
print(torch.tensor([True, False]) + torch.tensor([True, True]))
