import torch
import torch.nn.functional as F
a = torch.tensor([[0.1, 0.2, 0.3], [0.3, -0.2, 0.0]], requires_grad=True)
F.nll_loss(a, torch.tensor([1, 2])).backward(gradient=torch.tensor(-0.0))
print(a.grad)
b = torch.tensor([[0.1, 0.2, 0.3], [0.3, -0.2, 0.0]], requires_grad=True)
F.cross_entropy(b, torch.tensor([1, 2])).backward()
print(b.grad)
c = torch.tensor([[0.1, 0.2, 0.3], [0.3, -0.2, 0.0]], requires_grad=True)
F.nll_loss(c, torch.tensor([1, -100]), reduction='none').backward(torch.tensor([-0.0, 2.0]))
print(c.grad)
d = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
F.nll_loss(d, torch.tensor(2), reduction='sum').backward(gradient=torch.tensor(-0.0))
print(d.grad)
