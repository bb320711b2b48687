import torch
torch.manual_seed(11)
for dt in (torch.float32, torch.float64):
    for n in range(1, 200, 3):
        x = torch.randn(n, dtype=dt) * 2
        print(x.norm().item())
