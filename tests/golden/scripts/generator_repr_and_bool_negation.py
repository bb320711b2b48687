import torch
g = torch.manual_seed(0)
print(type(g).__name__, str(g).startswith("<torch._C.Generator object at 0x"))
print(str(torch.Generator()).startswith("<torch._C.Generator object at 0x"))
for f in [lambda: -torch.tensor([True, False]), lambda: torch.neg(torch.tensor(True)),
          lambda: torch.tensor([True]).neg()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(-torch.tensor([1, -2]), -torch.tensor([0.0, 1.5]))
