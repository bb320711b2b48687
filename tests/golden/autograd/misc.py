import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except RuntimeError as e:
        print(label, "RuntimeError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)
    except ValueError as e:
        print(label, "ValueError:", e)
    except AttributeError as e:
        print(label, "AttributeError:", e)

def set_grad(t, g):
    t.grad = g

attempt("grad dtype", lambda: set_grad(x, torch.tensor([1.0, 2.0], dtype=torch.float64)))
attempt("grad int", lambda: set_grad(x, torch.tensor([1, 2])))
attempt("backward float", lambda: (x * 2).sum().backward(2.0))
attempt("retain_grad const", lambda: torch.ones(2).retain_grad())
attempt("retain_grad leaf", lambda: x.retain_grad())
attempt("materialize", lambda: torch.autograd.grad((x * 2).sum(), x, allow_unused=False, materialize_grads=True))
attempt("grad none", lambda: torch.autograd.grad((x * 2).sum(), x, grad_outputs=None))
attempt("zero_ none", lambda: torch.zeros(2, requires_grad=True).grad.zero_())
y = x * 2
attempt("y.is_leaf", lambda: y.is_leaf)
attempt("hook const", lambda: torch.ones(2).register_hook(lambda g: g))
attempt("empty inputs", lambda: (x * 2).sum().backward(inputs=[]))
v = x[0]
attempt("detach_ view", lambda: v.detach_())
attempt("requires_grad_ view", lambda: x[1:].requires_grad_(False))
d = torch.ones(3)
d.requires_grad = True
attempt("leaf flag", lambda: (d.is_leaf, d.requires_grad, d.grad_fn))
e = d.double()
attempt("double", lambda: (e.grad_fn, e.is_leaf))
f = d.float()
attempt("float same", lambda: f is d)
g = torch.tensor([3.0], requires_grad=True)
h = g * g
h.backward()
attempt("int grad", lambda: g.grad)
k = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
(k * 2).sum().backward(torch.tensor(1.0))
attempt("f64 grad", lambda: k.grad)
m = torch.tensor([1.0, 2.0], requires_grad=True)
(m.double() * 2).sum().backward()
attempt("cast grad", lambda: (m.grad, m.grad.dtype))
