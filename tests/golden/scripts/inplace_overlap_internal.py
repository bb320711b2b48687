import torch
def t(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except RuntimeError as e:
        print(name, "RuntimeError:", str(e))
def d1():
    x = torch.ones(3).expand(2, 3); x += 1; return x
def d2():
    x = torch.arange(6.); x[1:] = x[:-1]; return x
def d3():
    x = torch.arange(6.).reshape(2, 3); x += x.view(6).view(2, 3); return x
def d4():
    x = torch.arange(6.).reshape(2, 3); x.add_(x.reshape(3, 2).t().t().reshape(2, 3)); return x
def d5():
    x = torch.arange(6.); x.masked_fill_(x > 2, 0.); return x
def d6():
    x = torch.zeros(3).expand(2, 3); x.zero_(); return x
def d7():
    x = torch.arange(6.); x.copy_(x); return x
def d8():
    x = torch.arange(6.).reshape(2, 3); x[0] = x[1]; return x
def d9():
    x = torch.arange(6.); x.addcmul_(x[:3].repeat(2), x); return x
def d10():
    x = torch.arange(4.); x.lerp_(x.flip(0), 0.5); return x
t("d1", d1); t("d2", d2); t("d3", d3); t("d4", d4); t("d5", d5); t("d6", d6); t("d7", d7); t("d8", d8); t("d9", d9); t("d10", d10)
