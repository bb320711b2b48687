import torch
import torch.nn as nn
torch.manual_seed(0)
m = torch.nn.Linear(2, 1)
n = torch.nn.Linear(2, 1)
r = n.load_state_dict(m.state_dict())
print(r, type(r).__name__)
print(torch.equal(n.weight, m.weight), n.weight.requires_grad)
sd = m.state_dict()
print(sd)
print(sd['weight'].requires_grad, sd['weight'].grad_fn)
for bad in ({'weight': torch.zeros(1, 2)}, {'weight': torch.zeros(1, 2), 'bias': torch.zeros(1), 'extra': torch.zeros(1)}, {'weight': torch.zeros(2, 2), 'bias': torch.zeros(1)}):
    try:
        n.load_state_dict(bad)
    except RuntimeError as e:
        print(repr(str(e)))
s = torch.nn.Sequential(torch.nn.Linear(1, 2), torch.nn.ReLU(), torch.nn.Linear(2, 1))
print(list(s.state_dict().keys()))
print([name for name, _ in s.named_modules()])
sd['weight'].fill_(7.0)
print(m.weight)
ml = torch.nn.ModuleList([torch.nn.Linear(1, 1)])
ml.append(torch.nn.Tanh())
ml.extend([torch.nn.ReLU()])
print(ml, len(ml))
for x in ml: print(type(x).__name__)
print(ml[-1], ml[1:])
print([n for n, _ in ml.named_parameters()])

class Deep(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])])
    def forward(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < len(self.layers) - 1:
                x = torch.tanh(x)
        return x
d = Deep([3, 4, 2])
print(d)
print(d(torch.ones(2, 3)))
print(list(d.state_dict().keys()))
