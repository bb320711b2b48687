import torch
import torch.nn.functional as F
x = torch.tensor([1.0, 2.0], requires_grad=True)
M = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
i1 = torch.inner(x, x); i2 = torch.inner(M, x); i3 = torch.inner(M, M); i4 = torch.inner(x, torch.tensor(2.0))
print(i1, i2, i3, i4)
(i1 + i2.sum() + i3.sum()).backward(); print(x.grad, M.grad)
try: torch.inner(x, torch.ones(3))
except RuntimeError as e: print(e)
try: F.mse_loss(torch.tensor([1, 2]), torch.tensor([1, 3]))
except NotImplementedError as e: print(type(e).__name__, e)
