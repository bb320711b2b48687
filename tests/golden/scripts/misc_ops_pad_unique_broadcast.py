import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.tensor([[1.0, -2.0, 3.0], [0.5, 0.0, -1.5]], requires_grad=True)
a, b = torch.broadcast_tensors(x, torch.ones(3))
print(a, b, a is x)
print(torch.broadcast_shapes((2, 1), (3,)), torch.broadcast_shapes((4,), ()), torch.broadcast_shapes(3, (2, 1)))
print(torch.atleast_1d(torch.tensor(1.0, requires_grad=True)), torch.atleast_2d(x[0]), torch.atleast_3d(x).shape, torch.atleast_1d(x) is x)
print(torch.atleast_2d(torch.tensor(1.0), torch.tensor([2.0])))
print(x.tensor_split(2, dim=1), torch.tensor_split(torch.arange(7), 3), torch.arange(7).tensor_split([1, 4]))
y = x.detach().clone(); print(y.square_(), y.requires_grad)
print(torch.isin(torch.tensor([1, 2, 3]), torch.tensor([2, 5])), torch.isin(torch.tensor([1.0, 2.0]), torch.tensor([2.0]), invert=True))
print(torch.promote_types(torch.int32, torch.float16), torch.promote_types(torch.uint8, torch.int8), torch.promote_types(torch.bool, torch.int64))
print(torch.can_cast(torch.float64, torch.int32), torch.can_cast(torch.int32, torch.float64), torch.can_cast(torch.int64, torch.bool), torch.can_cast(torch.bool, torch.int8), torch.can_cast(torch.float32, torch.float16))
print(isinstance(x.dtype, torch.dtype), torch.dtype)
print(nn.ELU(alpha=0.5)(x), nn.ELU())
print(torch.unique(torch.tensor([3, 1, 3, 2])), torch.unique(torch.tensor([3.0, 1.0, 3.0]), return_counts=True), torch.tensor([2, 2, 1]).unique(return_inverse=True))
print(torch.unique(torch.tensor([[1, 2], [1, 2], [0, 3]]), dim=0))
p = F.pad(x, (1, 2)); print(p)
print(F.pad(x, (0, 0, 1, 0), value=9.0), F.pad(torch.ones(1, 2, 2), (1, 1, 1, 1)).shape)
print(torch.diff(torch.tensor([1.0, 4.0, 9.0], requires_grad=True)), torch.diff(x, dim=0), torch.diff(torch.tensor([1, 5, 2]), n=2))
print(torch.heaviside(torch.tensor([-1.0, 0.0, 2.0]), torch.tensor(0.5)))
print(torch.searchsorted(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([2.5, 2.0])), torch.searchsorted(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([2.0]), right=True), torch.bucketize(torch.tensor([0.5, 2.0, 2.5]), torch.tensor([1.0, 2.0, 3.0])))
print(torch.tensor([1, 2, -8]) << 2, torch.tensor([16, -16]) >> 2, torch.tensor([1, 2]) << torch.tensor([1, 3]))
print(x.repeat_interleave(2), torch.tensor([1, 2]).repeat_interleave(torch.tensor([1, 3])), x.repeat_interleave(2, dim=0).shape)
w = torch.arange(24.0).view(4, 6)
(F.pad(x, (1, 2, 1, 1)) * w).sum().backward(); print(x.grad); x.grad = None
(x.repeat_interleave(2) * torch.arange(12.0)).sum().backward(); print(x.grad); x.grad = None
(torch.diff(x, dim=1) * torch.tensor([[1.0, 2.0], [3.0, 4.0]])).sum().backward(); print(x.grad); x.grad = None
a, b = torch.broadcast_tensors(x[0], torch.ones(2, 1))
(a * 3).sum().backward(); print(x.grad); x.grad = None
t1, t2 = x.tensor_split([1], dim=1); (t1.sum() * 2 + t2.sum()).backward(); print(x.grad)
print(F.pad(x, (-1, 0)), torch.repeat_interleave(torch.tensor([[1, 2], [3, 4]]), 2, dim=1))
