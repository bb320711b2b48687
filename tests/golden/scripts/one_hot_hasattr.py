import torch
import torch.nn.functional as F
t = torch.tensor([1, 0, 3])
print(F.one_hot(t), F.one_hot(t, 5).shape, hasattr(t, "shape"), hasattr(F, "one_hot"), torch.softmax(torch.tensor([1., 2.]), 0))
try:
    F.one_hot(torch.tensor([1., 2.]))
except RuntimeError as e:
    print(e)
