import torch
h = torch.tensor([1.1, 2.2, 3.3, -0.7, 1000.0], dtype=torch.float16)
print(h * 1.1, h / 3, h + 0.1, h - 1e-3, 1.1 * h, 3 / h, 2 - h, h ** 2, h ** 0.5, h // 0.3, h % 0.7)
print(h * torch.tensor(1.1), h + torch.tensor([0.1], dtype=torch.float16), (h * 7).dtype, h * True)
b = torch.tensor([1.1, 2.2, 3.3, -0.7, 1000.0], dtype=torch.bfloat16)
print(b * 1.1, b / 3, b + 0.1, b - 1e-3, 1.1 * b, 3 / b, 2 - b, b ** 2, b ** 0.5, b // 0.3, b % 0.7)
print(b * torch.tensor(1.1), b + torch.tensor([0.1], dtype=torch.bfloat16), b * True)
