import torch

class LegendrePolynomial3(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input):
        ctx.save_for_backward(input)
        return 0.5 * (5 * input ** 3 - 3 * input)

    @staticmethod
    def backward(ctx, grad_output):
        input, = ctx.saved_tensors
        return grad_output * 1.5 * (5 * input ** 2 - 1)

x = torch.linspace(-1, 1, 5, requires_grad=True)
P3 = LegendrePolynomial3.apply
y = P3(x)
print(y)
print(y.grad_fn, type(y.grad_fn).__name__, y.grad_fn.name())
print(y.grad_fn.next_functions)
y.sum().backward()
print(x.grad)
try:
    y.sum().backward()
except RuntimeError as e:
    print("E1", e)

class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.k = k
        print("needs", ctx.needs_input_grad)
        return x * k, x + 1
    @staticmethod
    def backward(ctx, g1, g2):
        print("g2", g2)
        return g1 * ctx.k

a = torch.ones(2, requires_grad=True)
u, v = Scale.apply(a, 3.0)
print(u, v)
try:
    u.sum().backward()
except RuntimeError as e:
    print("E2", e)

class Ident(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x
    @staticmethod
    def backward(ctx, g):
        return g * 2
b = torch.ones(2, requires_grad=True)
c = Ident.apply(b)
print(c, c is b)
c.sum().backward()
print(b.grad)

class NoGrad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        print("grad enabled in forward:", torch.is_grad_enabled(), x.requires_grad)
        return x.exp()
    @staticmethod
    def backward(ctx, g):
        print("grad enabled in backward:", torch.is_grad_enabled())
        return None
d = torch.ones(2, requires_grad=True)
e = NoGrad.apply(d)
print(e)
e.sum().backward()
print(d.grad)
f = NoGrad.apply(torch.ones(2))
print(f, f.requires_grad, f.grad_fn)
with torch.no_grad():
    print(NoGrad.apply(d))
class Two(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, y):
        ctx.mark_non_differentiable
        return x * y
    @staticmethod
    def backward(ctx, g):
        return g, g, g
try:
    Two.apply(torch.ones(1, requires_grad=True), torch.ones(1)).sum().backward()
except RuntimeError as e:
    print("E3", e)
print(Two.apply(torch.ones(1, requires_grad=True), 2.0))
