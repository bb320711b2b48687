import torch
import torch.nn.functional as F
x = torch.tensor([0.5, -1.0], requires_grad=True)
t = torch.tensor([1.0, 0.0], dtype=torch.float64)
l = F.binary_cross_entropy_with_logits(x, t)
l.backward()
print(l, x.grad, x.grad.dtype)
for bad in [lambda: F.binary_cross_entropy_with_logits(x, torch.tensor([1, 0])),
            lambda: F.binary_cross_entropy(torch.tensor([0.2], dtype=torch.float64), torch.tensor([1.0])),
            lambda: F.nll_loss(torch.zeros(2, 3), torch.tensor([0, 1], dtype=torch.int16)),
            lambda: F.cross_entropy(torch.zeros(2, 3, 4), torch.zeros(2, 4, dtype=torch.long)),
            lambda: F.cross_entropy(torch.zeros(3), torch.tensor(1)),
            lambda: F.cross_entropy(torch.zeros(2, 3), torch.tensor([0, 1], dtype=torch.uint8))]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
for src in [torch.tensor([1, 2]), torch.tensor(1), torch.tensor([1.0, 2.0], dtype=torch.float64), 3, torch.tensor([True, False])]:
    y = torch.zeros(4)
    try:
        y[torch.tensor([0, 1])] = src
        print(y)
    except Exception as e:
        print(type(e).__name__, e)
m = torch.zeros(3, dtype=torch.long)
for src in [torch.tensor([1.5, 2.5]), 2.5]:
    try:
        m[torch.tensor([True, False, True])] = src
        print(m)
    except Exception as e:
        print(type(e).__name__, e)
z = torch.zeros(2, 3)
try:
    z[[0, 1], :] = torch.ones(2, 3, dtype=torch.float64)
    print(z)
except Exception as e:
    print(type(e).__name__, e)
z[0:1] = torch.ones(1, 3, dtype=torch.long); print(z)
class BadShape(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2
    @staticmethod
    def backward(ctx, g):
        return torch.ones(5)
x = torch.ones(2, requires_grad=True)
try:
    BadShape.apply(x).sum().backward()
    print("no error", x.grad)
except RuntimeError as e:
    print(e)
class Wide(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2
    @staticmethod
    def backward(ctx, g):
        return torch.ones(3, 2, dtype=torch.float64)
x = torch.ones(2, requires_grad=True)
Wide.apply(x).sum().backward()
print(x.grad)
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
z = y.pow(2).sum()
z.backward(inputs=[y], retain_graph=True)
print(y.grad, y.retains_grad)
z.backward(inputs=[x])
print(x.grad, y.grad)
try:
    print(F.cross_entropy(torch.zeros(2, 3), torch.tensor([0, 1], dtype=torch.int32)))
except RuntimeError as e:
    print(e)
for name, fn in [("weight len 2 for 3 classes", lambda: F.cross_entropy(torch.zeros(2, 3), torch.tensor([0, 1]), weight=torch.ones(2))),
                 ("3-d input, target [2,3]", lambda: F.cross_entropy(torch.zeros(2, 3, 4), torch.zeros(2, 3, dtype=torch.long))),
                 ("unbatched input, target [1]", lambda: F.cross_entropy(torch.zeros(3), torch.tensor([1])))]:
    try:
        print(name, "->", fn())
    except (RuntimeError, ValueError) as e:
        print(name, "->", type(e).__name__, e)
p = torch.tensor([0.8, 0.3])
for t in [torch.tensor([1, 0]), torch.tensor([1.0, 0.0], dtype=torch.float64)]:
    try:
        print(F.binary_cross_entropy(p, t))
    except RuntimeError as e:
        print(e)
print(F.binary_cross_entropy_with_logits(torch.tensor([0.5, 1.0]), torch.tensor([1.0, 0.0], dtype=torch.float64)))
