import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
torch.manual_seed(2)
logits = torch.randn(3, 4, requires_grad=True)
probs = F.softmax(torch.randn(3, 4), 1)
for red in ['mean', 'sum', 'none']:
    r = F.cross_entropy(logits, probs, reduction=red)
    print(r, r.grad_fn, r.grad_fn.next_functions)
    g, = torch.autograd.grad(r.sum(), logits)
    print(g)
