import torch
for a, b, n in [(0, 1, 7), (0, 1, 5), (-3, 7.3, 11), (0.1, 100, 9), (1, 0, 13), (-1, 1, 100), (0, 255, 256), (3, 1000, 37)]:
    print(torch.linspace(a, b, n, dtype=torch.bfloat16).tolist())
