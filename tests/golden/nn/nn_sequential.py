import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.manual_seed(42)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2), nn.Sigmoid())
print(model)
print(model[0])
print(model[1])
out = model(x)
print(out)
print(out.grad_fn)
loss = out.sum()
loss.backward()
for name, p in model.named_parameters():
    print(name, p.grad)
print(len(model))
