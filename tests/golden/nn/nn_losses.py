import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.manual_seed(3)
logits = torch.randn(4, 5, requires_grad=True)
target = torch.tensor([1, 0, 4, 2])
for crit in [nn.MSELoss(), nn.L1Loss(), nn.MSELoss(reduction='sum')]:
    print(crit)
    r = crit(x, y)
    print(r, r.grad_fn)
ce = nn.CrossEntropyLoss()
print(ce)
r = ce(logits, target)
print(r, r.grad_fn, r.grad_fn.next_functions)
r.backward()
print(logits.grad)
p = torch.sigmoid(x)
t = torch.tensor([[1., 0., 1.], [0., 0., 1.]])
print(nn.BCELoss()(p, t), nn.BCEWithLogitsLoss()(x, t))
print(nn.BCELoss(), nn.BCEWithLogitsLoss(), nn.CrossEntropyLoss(reduction='none')(logits, target))
