import torch
import torch.nn as nn
from collections import OrderedDict, defaultdict, Counter, deque
torch.manual_seed(0)
model = nn.Sequential(OrderedDict([("fc1", nn.Linear(2, 3)), ("act", nn.ReLU()), ("fc2", nn.Linear(3, 1))]))
print(model)
print(model[1:], model[0], model.fc1 is model[0])
print([n for n, _ in model.named_parameters()])
print(model(torch.ones(1, 2)))
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
print(torch.optim.SGD([{'params': [w]}, {'params': [b], 'lr': 0.01}], lr=0.1))
d = defaultdict(list); d["a"].append(1); print(dict(d))
c = Counter("hello"); print(c.most_common(1))
q = deque(maxlen=2); q.append(1); q.append(2); q.append(3); print(list(q))
od = OrderedDict(); od["x"] = 1; od["y"] = 2; od.move_to_end("x"); print(list(od))
net = nn.Sequential(nn.Linear(2, 2), nn.Tanh(), nn.Linear(2, 1))
print(net[1:], net[-1:])
print(nn.ModuleList([nn.ReLU(), nn.Tanh(), nn.Sigmoid()])[1:])
