import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.manual_seed(5)
X = torch.randn(10, 3)
Y = (X.sum(1, keepdim=True) > 0).float()
model = nn.Sequential(nn.Linear(3, 5), nn.Tanh(), nn.Linear(5, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.5, momentum=0.9)
crit = nn.BCEWithLogitsLoss()
for i in range(10):
    opt.zero_grad()
    loss = crit(model(X), Y)
    loss.backward()
    opt.step()
    print(loss)
print(torch.sigmoid(model(X)).round().squeeze())
