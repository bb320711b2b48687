import torch
import torch.nn as nn

# A model written as an nn.Module subclass, and a derivative supplied by hand through
# torch.autograd.Function: fit y = sin(x) with a + b * P3(c + d * x),
# where P3 is the Legendre polynomial of degree 3, on [-1, 2].


class Legendre3(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return 0.5 * (5 * x ** 3 - 3 * x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 1.5 * (5 * x ** 2 - 1)


class LegendreFit(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Parameter(torch.tensor(0.0))
        self.b = nn.Parameter(torch.tensor(-1.0))
        self.c = nn.Parameter(torch.tensor(0.0))
        self.d = nn.Parameter(torch.tensor(0.3))

    def forward(self, x):
        return self.a + self.b * Legendre3.apply(self.c + self.d * x)

    def describe(self):
        return (f"y = {self.a.item():.4f} + {self.b.item():.4f} * "
                f"P3({self.c.item():.4f} + {self.d.item():.4f} x)")


x = torch.linspace(-1.0, 2.0, 50)
y = torch.sin(x)
model = LegendreFit()
print(model)
optimizer = torch.optim.SGD(model.parameters(), lr=1e-4)
for step in range(400):
    loss = (model(x) - y).pow(2).sum()
    if step % 100 == 99:
        print(step, f"{loss.item():.4f}")
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(model.describe())
print(Legendre3.apply(model.d * x[:3]).grad_fn.name())
