import torch
a = torch.tensor([0.5], requires_grad=True); a.expand(1).backward(gradient=torch.tensor([-0.])); print(a.grad)
b = torch.tensor([[0.5, 1.0]], requires_grad=True); b.expand(1, 2).backward(gradient=torch.tensor([[-0., -0.]])); print(b.grad)
c = torch.tensor(0.5, requires_grad=True); c.expand(()).backward(gradient=torch.tensor(-0.)); print(c.grad)
d = torch.tensor([0.5], requires_grad=True); d.expand(3).backward(gradient=torch.tensor([-0., -0., -0.])); print(d.grad)
e = torch.tensor(2.0, requires_grad=True); y = e.expand(4) * torch.arange(4.); y.sum().backward(); print(e.grad)
f = torch.tensor(1.5, requires_grad=True)
(g,) = torch.autograd.grad(f.expand(()) * f, f, create_graph=True); print(g, g.grad_fn)
