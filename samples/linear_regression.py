# Fit y = 2x + 1 with plain gradient descent, no optimizer object.
import torch

x = torch.linspace(0, 1, 11)
y = 2 * x + 1

w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.5

for step in range(60):
    pred = x * w + b
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
    if step % 10 == 0:
        print(f"step {step:3d}  loss {loss.item():.4f}")

print(f"w = {w.item():.3f}, b = {b.item():.3f}")
print(w.requires_grad, w.is_leaf, w.grad)

# the same idea on a two-feature problem built from arange
features = torch.arange(12, dtype=torch.float32).reshape(6, 2) / 10
target = features[:, 0] * 3 - features[:, 1] + 0.5
weights = torch.zeros(2, requires_grad=True)
offset = torch.zeros(1, requires_grad=True)
for epoch in range(1, 201):
    guess = (features * weights).sum(dim=1) + offset
    err = ((guess - target) ** 2).mean()
    err.backward()
    with torch.no_grad():
        weights.sub_(0.1 * weights.grad)
        offset.sub_(0.1 * offset.grad)
        weights.grad.zero_()
        offset.grad.zero_()
    if epoch % 50 == 0:
        print(f"epoch {epoch}: loss={err.item():.4f}")
print(weights.detach(), offset.detach())
