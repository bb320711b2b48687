import torch
torch.manual_seed(1)
for n in [12, 28, 44, 60, 76, 124, 252, 300, 508, 1020, 1500, 1999, 3000, 5000, 16, 32, 64, 200, 1024, 1028, 1036, 1052, 1100, 2044, 2060]:
    x = torch.rand(n, dtype=torch.float64)
    print(n, (n // 4) % 4, x.sum().item())
