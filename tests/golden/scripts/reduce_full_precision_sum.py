import torch
# full-precision .item() of a float32 sum: this pins the float32 summation order
x = torch.arange(10, dtype=torch.float32) * 0.1
print(x.sum().item())
print(x.mean().item())
print(repr(torch.linspace(0, 1, 7).sum().item()))
