import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.manual_seed(1)
logits = torch.randn(4, 5, requires_grad=True)
target = torch.tensor([1, 0, 4, 2])
for red in ['mean', 'sum', 'none']:
    r = F.cross_entropy(logits, target, reduction=red)
    print(r, r.grad_fn, r.grad_fn.next_functions)
    g, = torch.autograd.grad(r.sum(), logits)
    print(g)
r = F.nll_loss(F.log_softmax(logits, 1), target)
print(r, r.grad_fn.next_functions)
print(F.nll_loss(logits, target), F.nll_loss(logits, target).grad_fn.next_functions)
print(F.cross_entropy(logits, target, weight=torch.tensor([1., 2., 3., 4., 5.])))
print(F.cross_entropy(logits, torch.tensor([1, -100, 4, 2])))
print(F.cross_entropy(logits, target, label_smoothing=0.1))
print(F.cross_entropy(logits[0], target[0]))
