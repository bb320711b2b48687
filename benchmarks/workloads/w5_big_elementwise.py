import torch
# 4,000,000 float32 elements: (x.sin() * x.exp()).sum().backward()
x = torch.linspace(-2.0, 2.0, 4000000, requires_grad=True)
(x.sin() * x.exp()).sum().backward()
print(x.grad.shape)
