import torch
torch.manual_seed(7)
a = torch.tensor([[3, -4], [5, 0]])
print(a.sum(), a.sum(0), a.prod(), a.max(), a.abs(), a.neg(), a * a)
print(a.cumsum(0), a.float().mean(), a.clamp(-1, 2), a.sign(), a.argmax())
print(a ** 2, torch.sqrt(a), a.exp().dtype)
