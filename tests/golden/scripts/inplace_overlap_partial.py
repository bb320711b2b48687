import torch
def t(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except RuntimeError as e:
        print(name, "RuntimeError:", str(e)[:60])
def c1():
    x = torch.arange(6.).reshape(2, 3); x += x[0]; return x
def c2():
    x = torch.arange(6.); x[::2] += x[1::2]; return x
def c3():
    x = torch.arange(6.); x[:3] += x[3:]; return x
def c4():
    x = torch.arange(6.).reshape(2, 3); x += x.t().t(); return x
def c5():
    x = torch.arange(4.).reshape(2, 2); x += x.t(); return x
def c6():
    x = torch.arange(6.); x.add_(x[:-1].sum()); return x
def c7():
    x = torch.arange(6.); y = x[1:]; y.mul_(x[:-1]); return x
def c8():
    x = torch.arange(6.); x[1:].copy_(x[:-1]); return x
def c9():
    x = torch.arange(6.); torch.add(x[1:], x[:-1], out=x[:-1]); return x
def c10():
    x = torch.arange(6., requires_grad=True); y = x * 1; y[1:] += y[:-1]; return y
def c11():
    x = torch.arange(6.); x[1:] += x[:-1].clone(); return x
def c12():
    x = torch.arange(6.); x.sub_(x.view(2, 3)[0].repeat(2)); return x
def c13():
    x = torch.arange(8.); x[1:5] -= x[0:4] * 1; return x
def c14():
    x = torch.arange(6.); x[:3].pow_(x[3:]); return x
def c15():
    x = torch.arange(6.); x[1:].clamp_(min=x[:-1]); return x
for i, f in enumerate([c1,c2,c3,c4,c5,c6,c7,c8,c9,c10,c11,c12,c13,c14,c15], 1):
    t(f"c{i}", f)
