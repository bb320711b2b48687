import torch
from torch.utils import data
from torch.utils.data import DataLoader, TensorDataset, Dataset, random_split
X = torch.arange(10.0).view(5, 2)
y = torch.arange(5)
ds = TensorDataset(X, y)
print(len(ds), ds[1], type(ds[1]))
dl = DataLoader(ds, batch_size=2)
print(len(dl))
for b in dl:
    print(type(b).__name__, b)
torch.manual_seed(0)
for xb, yb in DataLoader(ds, batch_size=2, shuffle=True):
    print(xb, yb)
print(torch.rand(1))
for xb, yb in data.DataLoader(ds, batch_size=3, shuffle=True, drop_last=True):
    print(yb)
class Sq(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return float(i), i * i
for a, b in DataLoader(Sq(5), batch_size=2):
    print(a, b)
tr, te = random_split(ds, [3, 2])
print(len(tr), len(te), [t[1].item() for t in tr], type(tr).__name__)
g = torch.Generator().manual_seed(42)
tr, te = random_split(range(10), [0.7, 0.3], generator=g)
print(list(tr), list(te))
print(next(iter(DataLoader(ds, batch_size=5, shuffle=True, generator=torch.Generator().manual_seed(1))))[1])
print(DataLoader(ds).batch_size, ds.tensors[1])
try: TensorDataset(X, torch.arange(4))
except Exception as e: print(type(e).__name__, e)
