import torch
w = [torch.tensor(0.5), torch.tensor(-1.0)]
x = [2.0, 3.0]
b = torch.tensor(0.25)
act = sum((wi * xi for wi, xi in zip(w, x)), b)
print(act, max((abs(v) for v in x), key=lambda v: -v), torch.cat(tuple(t.view(1) for t in w), 0))
hidden = None
h = hidden or torch.zeros(2)
print(h, None or torch.ones(1), 0 or [] or torch.tensor([1.0, 2.0]), 1 and torch.tensor([3.0, 4.0]))
print(torch.tensor([0.0]) and "never", [] and torch.ones(3))
P = torch.tensor([[1.0, 3.0], [2.0, 2.0]])
print(P / P.sum(1, keepdims=True), P.sum(axis=0))
print(P.mean(axis=1, keepdims=True), torch.sum(P, axis=0), P.max(axis=1))
print(torch.amax(P, axis=0, keepdims=True), P.softmax(axis=1), P.std(axis=0), P.argmax(axis=1))
print(torch.cat([P, P], axis=0).shape)
def f(v, axis=0, keepdims=False):
    return (v, axis, keepdims)
print(f(1, axis=2, keepdims=True))
