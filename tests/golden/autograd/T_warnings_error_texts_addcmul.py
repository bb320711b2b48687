import torch
for shape in [(3,), (), (2, 3, 4)]:
    x = torch.ones(shape)
    print(x.T.shape)
fs = [lambda: torch.ones(2).view(-2), lambda: torch.ones(6).view(2, -3), lambda: torch.ones(6).reshape(-2, 3),
      lambda: torch.arange(0, 10, -1), lambda: torch.arange(5, 0, 1), lambda: torch.arange(0., 1., -0.5),
      lambda: torch.ones(2).to("float"), lambda: torch.ones(2).to("cuda:0"), lambda: torch.ones(2)[1.0],
      lambda: torch.exp(torch.ones(2), 1), lambda: torch.ones(2).view(-1, -1)]
for f in fs:
    try:
        print("OK", f())
    except Exception as e:
        print(type(e).__name__, e)
g = torch.tensor([-6.0, 20.0, 0.3, 1e-3], requires_grad=True)
h = torch.tensor([0.7, 3.3, -2.1, 5.5])
print(torch.zeros(4).addcmul(g, h, value=0.001).tolist())
print(torch.ones(4).addcmul(g, h, value=3).tolist())
print(torch.ones(4).addcmul(g, h).tolist())
print(torch.ones(4).addcdiv(g, h, value=0.001).tolist())
print(torch.ones(4).addcdiv(g, h, value=0.3).tolist())
print(torch.ones(4).addcdiv(g, h).tolist())
a = torch.ones(4, dtype=torch.float64)
print(a.addcmul(g.double(), h.double(), value=0.1).tolist(), a.addcdiv(g.double(), h.double(), value=0.1).tolist())
print(torch.ones(4).addcmul_(g.detach(), h, value=0.001).tolist())
a = torch.ones(3, requires_grad=True)
print(a.T.grad_fn is not None, torch.tensor(2.).T.shape)
d = torch.ones(2, 3, requires_grad=True)
print(d.H.grad_fn, d.mH.grad_fn)
for t in (torch.ones(2, 3, 4), a):
    try: print(t.H.shape)
    except Exception as e: print(type(e).__name__, e)
t = torch.ones(3)
for i in [1.0]:
    try: print(t[i])
    except Exception as e: print(type(e).__name__, e)
w = torch.tensor([0.5, -1.5], requires_grad=True)
out = torch.ones(2).addcmul(w, w, value=0.1)
out.sum().backward()
print(out, w.grad)
