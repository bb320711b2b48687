import torch
import torch.nn as nn
n = 4
for name, fn in [("zeros", lambda: torch.zeros(n / 2)), ("ones", lambda: torch.ones(2.5)),
                 ("Linear", lambda: nn.Linear(n / 2, 3)), ("Linear2", lambda: nn.Linear(2, 1.5)),
                 ("none", lambda: torch.tensor([1.0, None])), ("rand", lambda: torch.rand(3.0))]:
    try:
        print(name, fn())
    except (TypeError, RuntimeError) as e:
        print(name, type(e).__name__, str(e).splitlines()[0])
w = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    w.data = torch.tensor([1, 2])
except RuntimeError as e:
    print(e)
v = torch.tensor([1.0, 2.0])
v.data = torch.tensor([1, 2])
print(v)
t = torch.tensor([1, 2])
for f in [lambda: t.std(), lambda: t.var(), lambda: torch.std_mean(t), lambda: torch.var_mean(t), lambda: t.std(0), lambda: torch.empty(2, 0, 3).reshape(-1, 0), lambda: torch.zeros(0).view(-1, 0, 2), lambda: torch.cat([torch.tensor(2.0), torch.tensor([1.0, 2.0])]), lambda: torch.cat([torch.tensor([1.0]), torch.tensor(2.0)])]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
