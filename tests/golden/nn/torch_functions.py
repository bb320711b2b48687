import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
print(torch.flatten(x), torch.squeeze(x.view(1, 6)), torch.unsqueeze(v, 0))
print(torch.transpose(x, 0, 1), torch.permute(x, (1, 0)), torch.narrow(x, 0, 1, 1))
print(torch.gather(x, 1, torch.tensor([[0], [1]])), torch.flip(v, [0]), torch.roll(v, 1))
print(torch.index_select(v, 0, torch.tensor([0, 0])), torch.masked_select(v, v > 0))
print(torch.reshape(x, (3, 2)), torch.tril(x), torch.triu(x), torch.diag(v))
print(torch.split(v, 2), torch.chunk(x, 2), torch.t(x), torch.clone(v))
print(torch.scatter(torch.zeros(3), 0, torch.tensor([2]), 1.))
