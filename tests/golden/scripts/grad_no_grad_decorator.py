import torch
@torch.no_grad()
def scaled(t):
    return t * 10

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = scaled(x)
print(y, y.requires_grad)
print((x * 10).requires_grad)
