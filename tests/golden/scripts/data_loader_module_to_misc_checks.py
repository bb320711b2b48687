import torch
from torch.utils.data import TensorDataset, DataLoader
try:
    torch.broadcast_shapes((2,), (3,))
except Exception as ex:
    print(type(ex).__name__, ex)
ds = TensorDataset(torch.arange(2), torch.arange(2) * 10)
print(list(DataLoader(ds, batch_size=None)))
g = torch.Generator().manual_seed(7)
dl = DataLoader(list(range(5)), batch_size=2, shuffle=True, generator=g)
for ep in range(3):
    print([b.tolist() for b in dl])
m = torch.nn.Linear(2, 2)
r = m.to(torch.float64)
print(r is m, m.weight.dtype)
m.to('cpu', torch.float16); print(m.weight.dtype)
m.to(torch.ones(1, dtype=torch.float64)); print(m.weight.dtype)
m = torch.nn.Linear(1, 1)
try:
    m.register_buffer('weight', torch.zeros(1))
    print('accepted', type(m.weight).__name__)
except Exception as ex:
    print(type(ex).__name__, ex)
for f in [lambda: torch.repeat_interleave(torch.tensor([2, 1, 3])),
          lambda: torch.repeat_interleave(torch.ones(3), torch.tensor([1, 2]))]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    print(torch.searchsorted(torch.tensor([[1, 3, 5], [2, 4, 6]]), torch.tensor([1, 2, 3])))
except Exception as ex:
    print(type(ex).__name__, ex)
print(torch.searchsorted(torch.tensor([3, 1, 2]), torch.tensor([2]), sorter=torch.tensor([1, 2, 0])))
print(torch.unique(torch.tensor([1.5, float('nan'), 1.5, float('nan')])))
