import torch
torch.manual_seed(3)
for dt in (torch.float32, torch.float64):
    for n in (3, 7, 8, 9, 15, 16, 17, 31, 64, 100, 1000, 5000, 40000):
        x = torch.randn(n, dtype=dt) * 3
        print(n, x.norm().item(), torch.linalg.vector_norm(x).item())
    m = torch.randn(5, 37, dtype=dt)
    print([v.item() for v in m.norm(dim=1)])
    print([v.item() for v in m.norm(dim=0)][:5])
    print(m.norm().item())
