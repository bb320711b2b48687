import torch
import torch.nn as nn
d, f = torch.float64, torch.float32
cases = [("mv1", lambda: torch.ones(3, 2, dtype=d).mv(torch.ones(2))),
         ("mv2", lambda: torch.ones(3, 2).mv(torch.ones(2, dtype=d))),
         ("mv3", lambda: torch.ones(3, 2).mv(torch.ones(2, dtype=torch.long))),
         ("bmm2", lambda: torch.ones(1, 3, 2).bmm(torch.ones(1, 2, 2, dtype=d))),
         ("dot2", lambda: torch.ones(2).dot(torch.ones(2, dtype=torch.long))),
         ("mm", lambda: torch.ones(2, 2).mm(torch.ones(2, 2, dtype=d))),
         ("matmul", lambda: torch.ones(2, 2) @ torch.ones(2, dtype=d)),
         ("addmm shape+dtype", lambda: torch.addmm(torch.ones(2), torch.ones(3, 4, dtype=d), torch.ones(2, 2))),
         ("addmm self", lambda: torch.addmm(torch.ones(2, dtype=d), torch.ones(3, 2), torch.ones(2, 2))),
         ("lin nobias", lambda: nn.Linear(2, 1, bias=False)(torch.tensor([[1, 2]]))),
         ("lin 1d", lambda: nn.Linear(2, 1)(torch.tensor([1, 2]))),
         ("lin 3d", lambda: nn.Linear(2, 1)(torch.ones(1, 1, 2, dtype=d))),
         ("lin half", lambda: nn.Linear(2, 1)(torch.ones(1, 2, dtype=torch.half))),
         ("lin shape", lambda: nn.Linear(3, 1)(torch.ones(1, 2, dtype=d))),
         ("F.linear", lambda: torch.nn.functional.linear(torch.ones(2, 2, dtype=d), torch.ones(3, 2))),
         ]
for name, fn in cases:
    try: print(name, fn())
    except Exception as e: print(name, type(e).__name__, e)
i = torch.tensor([1, 5, -3])
print(i.clamp(0.5, 2.5), torch.clamp(i, min=-1.5), i.clamp(0, 2), i.clamp(max=2.0))
f = torch.tensor([1.5, -2.0, float('nan')], dtype=torch.float16)
print(f.clamp(0, 1), f.clamp(-1.0), torch.tensor([1.0, 2.0], dtype=torch.float64).clamp(1, 1.5))
b = torch.tensor([True, False])
try: print(b.clamp(0, 1))
except Exception as e: print(type(e).__name__, e)
try: print(i.clone().clamp_(0.5, 2.5))
except Exception as e: print(type(e).__name__, e)
print(i.clamp(torch.tensor(0.5)), torch.clip(i, 0.5, 2.5))
u = torch.tensor([1, 200], dtype=torch.uint8)
print(u.clamp(3, 100), u.clamp(2.5))
