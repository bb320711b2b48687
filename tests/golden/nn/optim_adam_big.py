import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.manual_seed(3)
model = nn.Linear(10, 4)
opt = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=0.1, betas=(0.8, 0.99))
X = torch.randn(16, 10)
Y = torch.randn(16, 4)
for i in range(20):
    opt.zero_grad()
    loss = F.mse_loss(model(X), Y)
    loss.backward()
    opt.step()
    print(loss.item())
print(model.weight)
print(model.bias)
