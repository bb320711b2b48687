# A two-layer network with hand-picked weights: one forward pass, one
# backward pass, and a look at every parameter gradient.
import torch

x = torch.tensor([[1.0, -1.0],
                  [0.5, 2.0],
                  [-1.5, 0.0]])
labels = torch.tensor([[1.0], [0.0], [1.0]])

W1 = torch.tensor([[0.2, -0.4, 0.1],
                   [0.3, 0.5, -0.2]], requires_grad=True)
b1 = torch.tensor([0.0, 0.1, -0.1], requires_grad=True)
W2 = torch.tensor([[0.7], [-0.3], [0.5]], requires_grad=True)
b2 = torch.tensor([0.05], requires_grad=True)

hidden = torch.relu(x @ W1 + b1)
print(hidden)
out = torch.sigmoid(hidden @ W2 + b2)
print(out)
loss = ((out - labels) ** 2).mean()
print(f"loss: {loss.item():.4f}")
print(loss.grad_fn.name(), out.grad_fn.name(), hidden.grad_fn.name())

loss.backward()
for name, p in [("W1", W1), ("b1", b1), ("W2", W2), ("b2", b2)]:
    print(name, p.grad.shape)
    print(p.grad)

# one step of gradient descent, then the loss again
with torch.no_grad():
    for p in (W1, b1, W2, b2):
        p -= 1.0 * p.grad
        p.grad.zero_()
hidden = torch.relu(x @ W1 + b1)
out = torch.sigmoid(hidden @ W2 + b2)
new_loss = ((out - labels) ** 2).mean()
print(f"after one step: {new_loss.item():.4f}", new_loss.item() < loss.item())
