import torch
# integer linspace: the ends are truncated first, then each half is filled from its end
for a, b, n in [(0, 10, 4), (-7.5, 3, 6), (0, 10, 7), (10, 0, 4), (-3, 8, 5), (0.9, 9.9, 4),
                (-0.9, 5, 3), (0, 1, 5), (0, 100, 8), (5, -6, 6)]:
    print(a, b, n, torch.linspace(a, b, n, dtype=torch.int64).tolist())
print(torch.linspace(-7.5, 3, 6, dtype=torch.int32))
print(torch.linspace(0, 255, 7, dtype=torch.uint8))
print(torch.linspace(3, -3, 7))
print(torch.linspace(-2., 2., 11).tolist())
print(torch.linspace(-1, 1, 5, dtype=torch.float64))
