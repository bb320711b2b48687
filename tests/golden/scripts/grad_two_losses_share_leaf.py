import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
loss1 = (x * 3).sum()
loss2 = (x ** 2).sum()
(loss1 + loss2).backward()
print(x.grad)
print((loss1 + loss2).item())
