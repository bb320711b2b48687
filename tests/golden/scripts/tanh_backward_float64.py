import torch
x = torch.tensor(0.8813735870195432, dtype=torch.double, requires_grad=True)
torch.tanh(x).backward()
print(x.grad.item())
# (float64 tanh itself can differ from PyTorch in the last bit: see README, Known differences)
v = torch.tensor([-0.75, -0.1, 0.0, 0.2, 0.5, 0.8813735870195432, 1.25, 3.0],
                 dtype=torch.float64, requires_grad=True)
y = v.tanh()
print([t.hex() for t in y.tolist()])
y.backward(torch.linspace(-2, 2, 8, dtype=torch.float64))
print([g.hex() for g in v.grad.tolist()])
w = torch.tensor([0.3, -1.2, 2.5], dtype=torch.float64, requires_grad=True)
(w.tanh() * w).sum().backward()
print(w.grad.tolist())
