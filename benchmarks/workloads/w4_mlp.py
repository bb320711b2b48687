import torch
# MLP 784 -> 512 -> 10 with tanh, softmax cross-entropy from basic ops, batch 256,
# forward + backward + SGD step, 120 steps (benchmarks/run.py also runs it with 20: the
# difference / 100 is the time of one step, free of start-up and setup).
torch.manual_seed(0)
X = torch.randn(256, 784)
labels = torch.randint(0, 10, (256,))
Y = torch.zeros(256, 10)
Y[torch.arange(256), labels] = 1.0
W1 = (torch.randn(784, 512) * 0.03).requires_grad_()
b1 = torch.zeros(512, requires_grad=True)
W2 = (torch.randn(512, 10) * 0.04).requires_grad_()
b2 = torch.zeros(10, requires_grad=True)
for step in range(120):
    h = (X @ W1 + b1).tanh()
    logits = h @ W2 + b2
    m = logits.max(dim=1, keepdim=True).values
    z = logits - m
    logp = z - z.exp().sum(dim=1, keepdim=True).log()
    loss = -(Y * logp).sum() / 256
    loss.backward()
    with torch.no_grad():
        for p in (W1, b1, W2, b2):
            p -= 0.1 * p.grad
            p.grad.zero_()
print(f"{loss.item():.3f}")
