import torch
x = torch.linspace(-1, 1, 7, dtype=torch.float64)
print(x)
print(x[3].item())
for a, b, n in [(0.0, 1.0, 11), (-3.5, 2.25, 9), (1.0, -1.0, 6), (0.1, 0.7, 13), (-10.0, 10.0, 21)]:
    print([v.hex() for v in torch.linspace(a, b, n, dtype=torch.float64).tolist()])
print(torch.linspace(0, 1, 5, dtype=torch.double, requires_grad=True))
