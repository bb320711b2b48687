import torch
t = torch.ones(2, 3)
print(f"shape={t.shape} dtype={t.dtype}")
print(f"{t.numel()} elements, dim {t.dim()}")
print("size:", t.size())
