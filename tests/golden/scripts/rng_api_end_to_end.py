import torch
import torch.nn.functional as F
torch.manual_seed(3)
a = torch.rand(5); b = torch.randn(3, 7); c = torch.randint(0, 10, (6,)); d = torch.randperm(8)
e = torch.normal(torch.zeros(4), torch.ones(4)); f = torch.normal(2.0, 3.0, size=(5,)); g = torch.normal(torch.arange(3.), 0.5)
h = torch.empty(20).normal_(1.0, 2.0); i = torch.empty(5).uniform_(-1, 1); j = torch.bernoulli(torch.full((6,), 0.3))
k = torch.empty(6).bernoulli_(0.7); l = F.dropout(torch.ones(10), p=0.4, training=True)
m = torch.rand_like(a); n = torch.randn_like(b); o = torch.randint_like(c, 5)
gen = torch.Generator().manual_seed(11); p = torch.randn(17, generator=gen)
lin = torch.nn.Linear(4, 3)
for t in (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, lin.weight, lin.bias):
    print(t.tolist() if t.dtype != torch.float32 else [repr(v) for v in t.flatten().tolist()])
print(torch.initial_seed())
