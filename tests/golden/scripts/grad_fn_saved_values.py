import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0], requires_grad=True)
M = torch.ones(2, 2, requires_grad=True)
ops = {"pow": lambda: x.pow(2), "powt": lambda: x ** w, "mul": lambda: x * w, "muls": lambda: x * 2, "div": lambda: x / w,
       "divs": lambda: x / 2, "add": lambda: x + w, "adds": lambda: x + 2, "sub": lambda: x - w, "exp": lambda: x.exp(),
       "log": lambda: x.log(), "sin": lambda: x.sin(), "cos": lambda: x.cos(), "tanh": lambda: x.tanh(),
       "sigmoid": lambda: x.sigmoid(), "relu": lambda: x.relu(), "sqrt": lambda: x.sqrt(), "sum": lambda: x.sum(),
       "mean": lambda: x.mean(), "mm": lambda: M.mm(M), "matmul": lambda: M @ x, "neg": lambda: -x, "abs": lambda: x.abs(),
       "square": lambda: x.square()}
for k in ["exp", "log", "sin", "cos", "tanh", "sigmoid", "relu", "sqrt", "abs"]:
    y = ops[k]()
    g = y.grad_fn
    v = g._saved_result if k in ("exp", "tanh", "sigmoid", "relu", "sqrt") else g._saved_self
    print(k, type(g).__name__, v)
mm = ops["mm"]().grad_fn
print(mm._saved_self is M, mm._saved_mat2 is M, ops["matmul"]().grad_fn._saved_vec is x)
print(ops["mean"]().grad_fn._saved_self_sym_sizes, ops["mean"]().grad_fn._saved_self_sym_numel)
print(ops["square"]().grad_fn._saved_exponent, ops["sub"]().grad_fn._saved_alpha)
try: print(ops["neg"]().grad_fn._saved_self)
except AttributeError as e: print(e)
y = x.pow(2)
print(x.equal(y.grad_fn._saved_self), x is y.grad_fn._saved_self, y.grad_fn._saved_exponent)
z = x.exp()
print(z.equal(z.grad_fn._saved_result), z is z.grad_fn._saved_result)
m = x * w
print(m.grad_fn._saved_self is x, m.grad_fn._saved_other is w)
m2 = x * torch.tensor([1.0, 1.0])
print(m2.grad_fn._saved_self, m2.grad_fn._saved_other)
print((x * 2).grad_fn._saved_other, (x + 2).grad_fn._saved_alpha, (x / 2).grad_fn._saved_other)
s = x.sum(); print(s.grad_fn._saved_self_sym_sizes)
z.sum().backward()
try: print(z.grad_fn._saved_result)
except RuntimeError as e: print(e)
