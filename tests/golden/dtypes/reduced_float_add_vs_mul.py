import torch
for dt, s in ((torch.bfloat16, 0.00392), (torch.float16, 0.00048829)):
    x = torch.tensor([1.0, 2.0], dtype=dt)
    print(x + s, x - (-s), s + x, x.add(s), x.sub(-s), x + torch.tensor(s), x - torch.tensor(-s), torch.add(x, s), x.add(s, alpha=1))
    y = torch.tensor([1.0], dtype=dt)
    print(y * (1 + s), y * torch.tensor(1 + s), y / (1 / (1 + s)), (1 + s) * y, y.mul(1 + s))
    z = x.clone(); z += s; print(z)
    z = x.clone(); z *= (1 + s); print(z)
