import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.manual_seed(11)
X = torch.randn(12, 4)
Y = torch.tensor([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2])
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Dropout(0.1), nn.Linear(16, 3))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
crit = nn.CrossEntropyLoss()
for epoch in range(15):
    model.train()
    opt.zero_grad()
    loss = crit(model(X), Y)
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 6))
model.eval()
with torch.no_grad():
    pred = model(X).argmax(1)
print(pred, (pred == Y).float().mean())
