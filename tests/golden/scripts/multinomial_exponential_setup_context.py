import torch
torch.manual_seed(0)
print(torch.empty(1000, dtype=torch.float64).exponential_().sum().item(), torch.empty(300).exponential_(2.5)[-3:].tolist())
g = torch.Generator().manual_seed(2147483647)
p = torch.tensor([0.1, 0.2, 0.3, 0.4])
print([torch.multinomial(p, 1, replacement=True, generator=g).item() for _ in range(20)])
print(torch.multinomial(p, 30, replacement=True, generator=g).tolist())
print(torch.multinomial(p, 3, generator=g).tolist(), torch.multinomial(p, 4, replacement=False, generator=g))
P = torch.tensor([[0.0, 1.0, 2.0], [5.0, 0.5, 0.5]])
print(torch.multinomial(P, 5, replacement=True), torch.multinomial(P, 2), P.multinomial(1))
P64 = torch.rand(3, 27, dtype=torch.float64)
print(torch.multinomial(P64, 10, True).tolist(), torch.multinomial(P64, 1).tolist())
for bad in [lambda: torch.multinomial(p, 5), lambda: torch.multinomial(torch.tensor([1, 2]), 1),
            lambda: torch.multinomial(torch.tensor([0.0, 0.0]), 1), lambda: torch.multinomial(torch.tensor([-1.0, 2.0]), 1),
            lambda: torch.multinomial(p, 0)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
# makemore-style sampling
torch.manual_seed(42)
N = torch.randint(1, 20, (5, 5)).float()
P = N / N.sum(1, keepdims=True)
g = torch.Generator().manual_seed(2147483647)
out = []
ix = 0
for i in range(30):
    ix = torch.multinomial(P[ix], num_samples=1, replacement=True, generator=g).item()
    out.append(ix)
print(out)
from torch.autograd.function import once_differentiable
class MyExp(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x.exp()
    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(output)
    @staticmethod
    def backward(ctx, g):
        out, = ctx.saved_tensors
        return g * out
class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3
    @staticmethod
    @once_differentiable
    def backward(ctx, g):
        x, = ctx.saved_tensors
        r = g * 3 * x ** 2
        print("in backward", r.requires_grad)
        return r
a = torch.tensor([0.0, 1.0], requires_grad=True)
r = MyExp.apply(a)
r.sum().backward()
print(r, a.grad)
b = torch.tensor([2.0], requires_grad=True)
y = Cube.apply(b)
g, = torch.autograd.grad(y, b, create_graph=True)
print(g, g.requires_grad)
