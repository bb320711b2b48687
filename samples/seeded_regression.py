# Linear regression on noisy data drawn from a seeded generator.
import torch

torch.manual_seed(42)

n = 20
x = torch.linspace(-1, 1, n)
noise = 0.1 * torch.randn(n)
y = 1.5 * x - 0.5 + noise

w = torch.randn(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
print(f"start: w={w.item():.4f} b={b.item():.4f}")

for step in range(100):
    loss = ((w * x + b - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.2 * w.grad
        b -= 0.2 * b.grad
        w.grad.zero_()
        b.grad.zero_()
    if step % 25 == 0:
        print(f"step {step}: loss {loss.item():.4f}")

print(f"end: w={w.item():.3f} b={b.item():.3f}")
