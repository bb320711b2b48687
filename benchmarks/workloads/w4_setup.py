import torch
# MLP 784 -> 512 -> 10 with tanh, softmax cross-entropy from basic ops, batch 256,
# setup only: the baseline subtracted from w4_mlp.py to get the time of the 20 steps.
torch.manual_seed(0)
X = torch.randn(256, 784)
labels = torch.randint(0, 10, (256,))
Y = torch.zeros(256, 10)
Y[torch.arange(256), labels] = 1.0
W1 = (torch.randn(784, 512) * 0.03).requires_grad_()
b1 = torch.zeros(512, requires_grad=True)
W2 = (torch.randn(512, 10) * 0.04).requires_grad_()
b2 = torch.zeros(10, requires_grad=True)
print(f"{float(W1.sum()):.3f}")
