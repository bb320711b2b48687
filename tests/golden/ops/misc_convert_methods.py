import torch
torch.manual_seed(7)
x = torch.tensor([[-1.7, 0.2, 2.5], [3.9, -0.0, 1.0]], requires_grad=True)
print(x.float() is x, x.double(), x.long(), x.int(), x.bool())
print(x.to(torch.float64), x.type(torch.int64), x.type())
print(x.half(), x.to(torch.int32).dtype, x.long().float())
y = x.double() * 2
y.sum().backward()
print(x.grad, y.dtype)
