import torch

w = torch.tensor(1.0, requires_grad=True)
total = torch.tensor(0.0)
for i in range(12001):
    total = total + w * 0.001
    if i % 4000 == 0:
        w.grad = None
        total.backward(retain_graph=True)
print(w.grad)
