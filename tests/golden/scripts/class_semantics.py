import torch
import torch.nn as nn

def t(name, f):
    try:
        print(name, "ok", f())
    except Exception as e:
        print(name, type(e).__name__ + ":", e)

class NoInit(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(2, 2)
t("noinit", lambda: NoInit())

class NoInitP(nn.Module):
    def __init__(self):
        self.w = nn.Parameter(torch.ones(2))
t("noinitp", lambda: NoInitP())

class NoFwd(nn.Module):
    def __init__(self):
        super().__init__()
t("nofwd", lambda: NoFwd()(torch.ones(1)))
t("noattr", lambda: NoFwd().missing)

class Counter:
    count = 0
    def __init__(self, start=0):
        self.value = start
        Counter.count += 1
    def inc(self, by=1):
        self.value += by
        return self
    def __len__(self):
        return self.value
    def __eq__(self, other):
        return isinstance(other, Counter) and self.value == other.value
    @staticmethod
    def make():
        return Counter(10)
    @classmethod
    def named(cls, v):
        return cls(v)
    @property
    def double(self):
        return self.value * 2

c = Counter(3).inc().inc(2)
print(c.value, len(c), c == Counter(6), Counter.count, Counter.make().value, Counter.named(7).double)
print(c)
t("argcount", lambda: c.inc(1, 2))

class Sub(Counter):
    def inc(self, by=1):
        super().inc(by * 10)
        return self
print(Sub(1).inc().value, isinstance(Sub(0), Counter))

class MyError(Exception):
    pass
try:
    raise MyError("custom failure")
except MyError as e:
    print("caught", e, e.args, type(e).__name__)

class Seq(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.layers = nn.Sequential(*[nn.Linear(2, 2) for _ in range(n)])
        self.head = nn.Linear(2, 1, bias=False)
    def forward(self, x):
        return self.head(self.layers(x))
torch.manual_seed(1)
s = Seq(2)
print(s)
print(sum(p.numel() for p in s.parameters()))
s.head = None
print(s)
print([n for n, _ in s.named_parameters()])
m = nn.Linear(2, 2)
class Wrap(nn.Module):
    def __init__(self):
        nn.Module.__init__(self)
        self.inner = m
        self.w = nn.Parameter(torch.zeros(1))
    def forward(self, x):
        return self.inner(x) + self.w
w = Wrap()
def assign():
    w.w = torch.ones(1)
t("assign-tensor-to-param", assign)
print(w(torch.ones(2)))
print(w.training, w.eval().training)
