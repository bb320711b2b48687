import torch
t = torch.tensor([1.0, 2.0])
print(t.shape[0] + 1)
print([t.sum().item(), t.mean().item()])
print((t.sum().item(), 3))
print({"n": t.numel()})
print(None)
print(1 / 3)
print(2 ** 10, 7 // 2, -7 % 3)
