# When a small tensor is broadcast against a bigger one, its gradient is
# summed back down to its own shape.
import torch

m = torch.arange(6, dtype=torch.float32).reshape(2, 3)
m.requires_grad_()
row = torch.tensor([1.0, 10.0, 100.0], requires_grad=True)
col = torch.tensor([[2.0], [-1.0]], requires_grad=True)
s = torch.tensor(0.5, requires_grad=True)

out = m * row + col * s
print(out)
print(out.shape)

out.sum().backward()
print("m.grad:", m.grad)
print("row.grad:", row.grad, row.grad.shape)
print("col.grad:", col.grad, col.grad.shape)
print("s.grad:", s.grad, s.grad.shape)

# broadcasting a (3,) bias over a batch of rows
bias = torch.zeros(3, requires_grad=True)
batch = torch.ones(4, 3)
y = (batch + bias) * 2
y.mean().backward()
print(bias.grad)
