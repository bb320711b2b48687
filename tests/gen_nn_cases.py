"""The golden scripts of tests/gen_nn_goldens.py (shapes, views, indexing, joining,
nn.functional, nn modules, optim)."""


def gf(expr):
    """Print an expression's value, grad_fn and next_functions."""
    return (f"r = {expr}\nprint(r)\nprint(r.grad_fn)\n"
            f"print(r.grad_fn.next_functions if r.grad_fn is not None else None)\n")


def bw(expr, leaves=("x",)):
    """Backward of (expr * weights).sum() and print the leaves' gradients."""
    s = f"r = {expr}\nprint(r)\nprint(r.grad_fn)\n"
    s += "w = torch.arange(r.numel(), dtype=r.dtype).reshape(r.shape) + 1\n"
    s += "(r * w).sum().backward()\n"
    for leaf in leaves:
        s += f"print({leaf}.grad)\n"
    return s


SHAPE_EXPRS = {
    "view": "x.view(6)", "view_neg": "x.view(3, -1)", "reshape_t": "x.t().reshape(6)",
    "flatten": "x.flatten()", "flatten_t": "x.t().flatten()",
    "unsqueeze": "x.unsqueeze(1)", "squeeze": "x.view(1, 6, 1).squeeze()",
    "squeeze_dim": "x.view(1, 6).squeeze(0)", "transpose": "x.transpose(0, 1)",
    "permute": "x.view(1, 2, 3).permute(2, 0, 1)", "expand": "v.expand(2, 3)",
    "expand_as": "v.expand_as(x)", "repeat": "x.repeat(2, 1)", "repeat3": "v.repeat(2, 2)",
    "contiguous_t": "x.t().contiguous()", "clone": "x.clone()",
    "narrow": "x.narrow(1, 1, 2)", "flip": "x.flip(0)", "flip2": "x.flip(0, 1)",
    "roll": "x.roll(1, 1)", "roll_flat": "x.roll(2)", "roll_multi": "x.roll((1, 1), (0, 1))",
    "gather": "x.gather(1, torch.tensor([[0, 0], [2, 1]]))",
    "index_select0": "x.index_select(0, torch.tensor([1, 0, 1]))",
    "index_select1": "x.index_select(1, torch.tensor([2, 0]))",
    "masked_fill": "x.masked_fill(x > 0, 0.5)",
    "masked_select": "x.masked_select(x > 0)",
    "diag": "torch.diag(v)", "diag2": "torch.diag(x)", "tril": "torch.tril(x)",
    "triu": "torch.triu(x, 1)", "tril_method": "x.tril(-1)", "diagonal": "x.diagonal()",
    "t_method": "x.t()", "T_prop": "x.T", "movedim": "x.view(1, 2, 3).movedim(0, 2)",
    "scatter": "x.scatter(1, torch.tensor([[0], [2]]), 5.0)",
    "scatter_add": "x.scatter_add(0, torch.tensor([[1, 0, 1]]), y[:1])",
    "unflatten": "x.view(6).unflatten(0, (3, 2))",
    "swapaxes": "x.swapaxes(0, 1)", "view_as": "x.view_as(y)",
}

INDEX_EXPRS = {
    "int": "x[0]", "neg_int": "x[-1]", "col": "x[:, 1]", "int_int": "x[0, 1]",
    "slice_int": "x[1:, 0]", "int_slice": "x[0, 1:]", "full_slice": "x[:]",
    "ellipsis": "x[...]", "ell_int": "x[..., 1]", "none": "x[None]",
    "none_mid": "x[:, None]", "ell_none": "x[..., None]", "step": "x[:, ::2]",
    "step_rows": "x[::2]", "neg_slice": "x[:, -2:]", "list": "x[[1, 0]]",
    "list_cols": "x[:, [0, 2]]", "tensor_idx": "x[torch.tensor([1, 1, 0])]",
    "mask": "x[x > 0]", "mask_row": "x[torch.tensor([True, False])]",
    "pair": "x[torch.tensor([0, 1]), torch.tensor([2, 0])]",
    "int_list": "x[1, [0, 2]]", "chain": "x[0][1]", "slice_none_slice": "x[1:, None, :2]",
    "tensor_2d_idx": "x[torch.tensor([[0, 1], [1, 0]])]", "empty_slice": "x[2:]",
    "v_rev_list": "v[[2, 1, 0]]", "v_slice": "v[1:]", "int0d": "x[torch.tensor(1)]",
}

INDEX_ERRORS = [
    "x[2]", "x[0, 5]", "x[0, 0, 0]", "x[torch.tensor([0.5])]", "x[torch.tensor([3])]",
    "x[torch.tensor([True, False, True])]", "x[:, ::-1]", "v[0][0]", "x[[0, 3]]",
    "x[:, torch.tensor([-4])]",
]

SHAPE_ERRORS = [
    "x.view(4)", "x.t().view(6)", "x.view(-1, -1)", "v.expand(2, 4)", "x.permute(0)",
    "x.permute(0, 0)", "x.transpose(0, 2)", "x.unsqueeze(3)", "x.squeeze(2)",
    "torch.cat([x, v])", "torch.cat([x, torch.randn(2, 2)])", "torch.stack([x, v])",
    "torch.cat([])", "x.narrow(1, 2, 2)", "x.gather(1, torch.tensor([[0.0]]))",
    "x.repeat(2)", "x.chunk(0)", "x.split(0)", "x.index_select(0, torch.tensor([5]))",
    "x.flip(2)", "x.reshape(5)", "x.expand(3, 3)", "x.view(2, 3, 4)",
]


def register(add, err, head):
    for name, expr in SHAPE_EXPRS.items():
        add(f"shape_{name}", gf(expr) + "w = torch.ones_like(r)\n(r * w).sum().backward()\n"
            "print(x.grad, v.grad, y.grad)\n" + "print(r.is_contiguous(), r.shape)\n")
    for name, expr in INDEX_EXPRS.items():
        add(f"index_{name}", bw(expr, ("x",) if expr.startswith("x") else ("v",)) +
            "print(r.grad_fn.next_functions)\n" if True else "")
    add("index_errors", "".join(err(f"print({e})") for e in INDEX_ERRORS))
    add("shape_errors", "".join(err(f"print({e})") for e in SHAPE_ERRORS))

    # joining / splitting
    add("cat_basic", bw("torch.cat([x, y])", ("x", "y")) + "print(r.grad_fn.next_functions)\n")
    add("cat_dim1", bw("torch.cat([x, y * 2], 1)", ("x", "y")))
    add("cat_const", gf("torch.cat([x, torch.zeros(1, 3)])"))
    add("cat_promote", "print(torch.cat([torch.tensor([1, 2]), torch.tensor([0.5])]))\n")
    add("stack_basic", bw("torch.stack([x, y])", ("x", "y")))
    add("stack_dim", bw("torch.stack([v, v * 2], 1)", ("v",)))
    add("stack_neg", gf("torch.stack([x, y], -1)") + "print(r.shape)\n")
    add("split_chunk", """\
parts = x.split(2, 1)
print(parts)
c = x.chunk(3, 1)
print(c)
print(c[0].grad_fn, c[0].grad_fn.next_functions)
s = (parts[0] * 2).sum() + (c[2] * 3).sum()
s.backward()
print(x.grad)
print(x.split([1, 2], 1))
print(torch.split(x, 1))
print(torch.chunk(v, 2))
print(v.chunk(5))
""")
    add("unbind", """\
a, b = x.unbind()
print(a, b)
print(a.grad_fn, a.grad_fn.next_functions)
(a * 2 + b).sum().backward()
print(x.grad)
print(torch.unbind(x, 1))
for row in x:
    print(row)
""")
    add("split_unused_grad", """\
p, q, r = x.split(1, 1)
(q * 3).sum().backward()
print(x.grad)
""")

    # in-place through views
    add("view_inplace_mul", """\
h = x * 1
h[0].mul_(2)
print(h)
print(h.grad_fn, h.grad_fn.next_functions)
h.sum().backward()
print(x.grad)
""")
    add("view_inplace_slice", """\
a = x * 1
v2 = a[:2, 1:]
v2.add_(1)
print(a, v2)
print(a.grad_fn, v2.grad_fn)
print(v2.grad_fn.next_functions)
print(a._version, v2._version)
(a * a).sum().backward()
print(x.grad)
""")
    add("view_inplace_viewgrad", """\
h = x * 1
g = h.view(6)
g.mul_(2)
print(h.grad_fn, g.grad_fn)
print(g.grad_fn.next_functions)
(g * torch.arange(6.)).sum().backward()
print(x.grad)
""")
    add("view_inplace_exp", """\
h = x * 1
h[:, 1].exp_()
print(h)
print(h.grad_fn)
h.sum().backward()
print(x.grad)
""")
    add("view_write_base", """\
a = torch.zeros(2, 3)
b = a[1]
b.fill_(3.)
print(a)
c = a.view(3, 2)
c[0, 1] = 7.
print(a)
t = a.t()
t[0] = -1.
print(a)
print(a._version)
""")
    add("view_leaf_error", err("x[0].mul_(2)") + err("x.add_(1)") + err("x[0] = 1.") +
        err("x.view(6).zero_()"))
    add("setitem_scalar", """\
h = x * 1
h[0] = 5.
print(h)
print(h.grad_fn, h.grad_fn.next_functions)
h.sum().backward()
print(x.grad)
""")
    add("setitem_tensor", """\
h = x * 1
h[0, 1] = y[0, 0]
print(h)
print(h.grad_fn.next_functions)
(h * 2).sum().backward()
print(x.grad, y.grad)
""")
    add("setitem_row_from", """\
h = torch.zeros(2, 3)
h[0] = x[1]
print(h)
print(h.grad_fn, h.grad_fn.next_functions)
(h * torch.arange(6.).view(2, 3)).sum().backward()
print(x.grad)
""")
    add("setitem_mask", """\
h = x * 1
h[h > 0] = 0.
print(h)
print(h.grad_fn, h.grad_fn.next_functions)
h.sum().backward()
print(x.grad)
""")
    add("setitem_mask_tensor", """\
h = x * 1
m = torch.tensor([[True, False, True], [False, False, True]])
h[m] = y[m] * 10
print(h)
print(h.grad_fn)
(h * 2).sum().backward()
print(x.grad, y.grad)
""")
    add("setitem_index", """\
h = x * 1
h[torch.tensor([1])] = v
print(h)
print(h.grad_fn, h.grad_fn.next_functions)
h.sum().backward()
print(x.grad, v.grad)
""")
    add("setitem_list_cols", """\
h = x * 1
h[:, [0, 2]] = 0.
print(h)
print(h.grad_fn)
h.sum().backward()
print(x.grad)
""")
    add("setitem_broadcast", """\
h = torch.zeros(3, 3)
h[1:] = v
print(h)
h[:, 0] = torch.tensor([1., 2., 3.])
print(h)
h[...] = 2
print(h)
h[0, :2] = torch.tensor([7, 8])
print(h)
""")
    add("setitem_errors", err("h = torch.zeros(2, 3); h[0] = torch.ones(2)") +
        err("h = torch.zeros(2, 3); h[5] = 1.") +
        err("h = torch.zeros(2, 3); h[torch.tensor([True])] = 1."))
    add("copy_fill_zero", """\
h = x * 1
h.copy_(y)
print(h.grad_fn, h.grad_fn.next_functions)
h.sum().backward()
print(x.grad, y.grad)
k = x * 1
k.fill_(2.)
print(k, k.grad_fn)
z = x * 1
z.zero_()
print(z, z.grad_fn)
m = x * 1
m.masked_fill_(x > 0, 0.)
print(m, m.grad_fn)
""")
    add("masked_fill_grad", bw("x.masked_fill(x < 0, -1.)"))
    add("gather_grad", bw("x.gather(0, torch.tensor([[1, 0, 1], [1, 1, 0]]))"))
    add("scatter_grad", """\
r = x.scatter(1, torch.tensor([[0, 1], [2, 0]]), y[:, :2])
print(r, r.grad_fn, r.grad_fn.next_functions)
(r * torch.arange(6.).view(2, 3)).sum().backward()
print(x.grad, y.grad)
""")
    add("scatter_add_grad", """\
r = torch.zeros(3, 3).scatter_add(0, torch.tensor([[0, 1, 2], [0, 0, 0]]), x)
print(r, r.grad_fn)
(r * torch.arange(9.).view(3, 3)).sum().backward()
print(x.grad)
print(torch.zeros(2, 4).scatter_(1, torch.tensor([[3], [0]]), 1.0))
""")
    add("index_select_grad", bw("x.index_select(1, torch.tensor([0, 0, 2]))"))
    add("masked_select_grad", bw("x.masked_select(x > 0)"))
    add("flip_roll_grad", bw("x.flip(1).roll(1, 0)"))
    add("repeat_grad", bw("x.repeat(1, 2)"))
    add("tril_triu_grad", bw("x.tril() + x.triu(1) * 2"))
    add("diag_grad", bw("torch.diag(v) @ x.t()", ("v", "x")))
    add("expand_grad", bw("v.expand(4, 3)", ("v",)))
    add("permute_grad", bw("x.view(2, 3, 1).permute(1, 2, 0)"))
    add("torch_functions", """\
print(torch.flatten(x), torch.squeeze(x.view(1, 6)), torch.unsqueeze(v, 0))
print(torch.transpose(x, 0, 1), torch.permute(x, (1, 0)), torch.narrow(x, 0, 1, 1))
print(torch.gather(x, 1, torch.tensor([[0], [1]])), torch.flip(v, [0]), torch.roll(v, 1))
print(torch.index_select(v, 0, torch.tensor([0, 0])), torch.masked_select(v, v > 0))
print(torch.reshape(x, (3, 2)), torch.tril(x), torch.triu(x), torch.diag(v))
print(torch.split(v, 2), torch.chunk(x, 2), torch.t(x), torch.clone(v))
print(torch.scatter(torch.zeros(3), 0, torch.tensor([2]), 1.))
""")
    add("views_share", """\
a = torch.arange(6.)
b = a.view(2, 3)
b[0, 0] = 10.
print(a)
c = a[::2]
c += 1
print(a, c)
print(a._version, b._version, c._version)
d = b.t()
d.mul_(2)
print(a)
e = a.detach()
e[1] = -5.
print(a)
print(b.is_contiguous(), d.is_contiguous(), d.stride(), c.stride(), c.storage_offset())
""")
    add("view_chain_grad", """\
h = x * 2
v1 = h.view(3, 2)
v2 = v1[1:]
v2.mul_(10)
print(h)
print(h.grad_fn, v1.grad_fn, v2.grad_fn)
h.sum().backward()
print(x.grad)
""")
    add("inplace_view_then_use", """\
h = x.exp()
g = h[0]
g.add_(1)
print(h.grad_fn, g.grad_fn)
""" + err("(h * 2).sum().backward()") + "print(x.grad)\n")

    # nn.functional
    acts = {
        "relu": "F.relu(x)", "relu6": "F.relu6(x * 4)", "leaky": "F.leaky_relu(x, 0.2)",
        "leaky_default": "F.leaky_relu(x)", "elu": "F.elu(x)", "elu_alpha": "F.elu(x, 0.5)",
        "gelu": "F.gelu(x)", "gelu_tanh": "F.gelu(x, approximate='tanh')",
        "silu": "F.silu(x)", "softplus": "F.softplus(x)", "softplus_beta": "F.softplus(x, 2, 1)",
        "sigmoid": "F.sigmoid(x)", "tanh": "F.tanh(x)", "hardtanh": "F.hardtanh(x * 2)",
        "hardtanh_range": "F.hardtanh(x, -0.5, 0.5)",
        "softmax1": "F.softmax(x, dim=1)", "softmax0": "F.softmax(x, dim=0)",
        "log_softmax1": "F.log_softmax(x, dim=1)", "log_softmax0": "F.log_softmax(x, 0)",
        "softmax_method": "x.softmax(-1)", "torch_log_softmax": "torch.log_softmax(x, 1)",
        "normalize": "F.normalize(x, dim=1)", "normalize0": "F.normalize(x, p=1, dim=0)",
        "linear": "F.linear(x, W, b)", "linear_nobias": "F.linear(x, W)",
        "linear_1d": "F.linear(v, W, b)", "linear_3d": "F.linear(x.view(2, 1, 3), W, b)",
    }
    lin_env = "W = torch.randn(4, 3, requires_grad=True)\nb = torch.randn(4, requires_grad=True)\n"
    for name, expr in acts.items():
        leaves = ("x", "v", "W", "b") if "linear" in name else ("x",)
        add(f"F_{name}", lin_env + bw(expr, leaves) + "print(r.grad_fn.next_functions)\n")
    add("F_act_big", """\
z = torch.linspace(-30, 30, 41, requires_grad=True)
for f in [F.relu, F.gelu, F.silu, F.softplus, F.elu, F.sigmoid, F.tanh, F.leaky_relu]:
    r = f(z)
    print(r)
    g, = torch.autograd.grad(r.sum(), z)
    print(g)
""")
    add("F_softmax_big", """\
z = torch.randn(4, 37) * 3
z.requires_grad_()
s = F.softmax(z, 1)
print(s)
print(F.log_softmax(z, 1))
print(F.softmax(z, 0))
print(F.log_softmax(z, 0))
(s * torch.arange(37.)).sum().backward()
print(z.grad)
""")
    add("F_softmax_implicit", "print(F.softmax(x))\nprint(F.log_softmax(v))\n"
        "print(F.softmax(torch.randn(2, 2, 2)))\n")
    add("F_softmax_dtype", "print(F.softmax(x, 1, dtype=torch.float64))\n"
        "print(x.log_softmax(0, torch.float64))\n")
    add("F_dropout", """\
print(F.dropout(x, 0.5, training=False) is x)
torch.manual_seed(3)
r = F.dropout(x, 0.5)
print(r, r.grad_fn, r.grad_fn.next_functions)
r.sum().backward()
print(x.grad)
print(F.dropout(torch.ones(20), 0.3))
print(F.dropout(torch.ones(5), 0.0))
print(F.dropout(torch.ones(5), 1.0))
""" + err("F.dropout(x, 1.5)"))
    add("F_mse", """\
for red in ['mean', 'sum', 'none']:
    r = F.mse_loss(x, y, reduction=red)
    print(r, r.grad_fn, r.grad_fn.next_functions)
    r.sum().backward()
    print(x.grad, y.grad)
    x.grad = None
    y.grad = None
print(F.mse_loss(x, torch.zeros(2, 3)).grad_fn.next_functions)
""")
    add("F_mse_warn", "r = F.mse_loss(v, torch.zeros(3, 1))\nprint(r)\n" +
        err("F.mse_loss(v, torch.zeros(4, 1, 2))"))
    add("F_l1", """\
for red in ['mean', 'sum', 'none']:
    r = F.l1_loss(x, y, reduction=red)
    print(r, r.grad_fn, r.grad_fn.next_functions)
    r.sum().backward()
    print(x.grad)
    x.grad = None
""")
    add("F_smooth_huber", """\
z = torch.tensor([-3., -0.5, 0., 0.2, 0.9, 2.5], requires_grad=True)
t = torch.zeros(6)
for red in ['mean', 'sum', 'none']:
    for f in [F.smooth_l1_loss, F.huber_loss]:
        r = f(z, t, reduction=red)
        print(r, r.grad_fn)
        g, = torch.autograd.grad(r.sum(), z)
        print(g)
print(F.smooth_l1_loss(z, t, beta=0.5), F.huber_loss(z, t, delta=2.0))
r = F.smooth_l1_loss(x, y)
r.backward()
print(r, x.grad, y.grad)
""")
    add("F_bce", """\
p = torch.sigmoid(x)
t = torch.tensor([[1., 0., 1.], [0., 0., 1.]])
for red in ['mean', 'sum', 'none']:
    r = F.binary_cross_entropy(p, t, reduction=red)
    print(r, r.grad_fn, r.grad_fn.next_functions)
    g, = torch.autograd.grad(r.sum(), x, retain_graph=True)
    print(g)
q = torch.tensor([0., 1., 0.5], requires_grad=True)
r = F.binary_cross_entropy(q, torch.tensor([1., 0., 0.5]))
print(r)
r.backward()
print(q.grad)
print(F.binary_cross_entropy(p, t, weight=torch.tensor([1., 2., 3.])))
""" + err("F.binary_cross_entropy(x, torch.zeros(2, 3))") +
        err("F.binary_cross_entropy(torch.rand(2), torch.zeros(1, 2))"))
    add("F_bce_logits", """\
t = torch.tensor([[1., 0., 1.], [0., 0.25, 1.]])
for red in ['mean', 'sum', 'none']:
    r = F.binary_cross_entropy_with_logits(x * 5, t, reduction=red)
    print(r, r.grad_fn, r.grad_fn.next_functions)
    g, = torch.autograd.grad(r.sum(), x)
    print(g)
pw = torch.tensor([1., 2., 0.5])
r = F.binary_cross_entropy_with_logits(x, t, pos_weight=pw)
print(r)
r.backward()
print(x.grad)
print(F.binary_cross_entropy_with_logits(torch.tensor([100., -100., 0.]), torch.tensor([0., 1., 1.])))
""")
    add("F_cross_entropy", """\
torch.manual_seed(1)
logits = torch.randn(4, 5, requires_grad=True)
target = torch.tensor([1, 0, 4, 2])
for red in ['mean', 'sum', 'none']:
    r = F.cross_entropy(logits, target, reduction=red)
    print(r, r.grad_fn, r.grad_fn.next_functions)
    g, = torch.autograd.grad(r.sum(), logits)
    print(g)
r = F.nll_loss(F.log_softmax(logits, 1), target)
print(r, r.grad_fn.next_functions)
print(F.nll_loss(logits, target), F.nll_loss(logits, target).grad_fn.next_functions)
print(F.cross_entropy(logits, target, weight=torch.tensor([1., 2., 3., 4., 5.])))
print(F.cross_entropy(logits, torch.tensor([1, -100, 4, 2])))
print(F.cross_entropy(logits, target, label_smoothing=0.1))
print(F.cross_entropy(logits[0], target[0]))
""")
    add("F_cross_entropy_probs", """\
torch.manual_seed(2)
logits = torch.randn(3, 4, requires_grad=True)
probs = F.softmax(torch.randn(3, 4), 1)
for red in ['mean', 'sum', 'none']:
    r = F.cross_entropy(logits, probs, reduction=red)
    print(r, r.grad_fn, r.grad_fn.next_functions)
    g, = torch.autograd.grad(r.sum(), logits)
    print(g)
""")
    add("F_loss_errors", """\
logits = torch.randn(2, 5)
""" + err("F.cross_entropy(logits, torch.tensor([1, 5]))") +
        err("F.nll_loss(logits, torch.tensor([1., 2.]))") +
        err("F.cross_entropy(logits, torch.tensor([1, 2, 3]))") +
        err("F.mse_loss(logits, logits, reduction='avg')"))
    add("F_linear_errors", err("F.linear(x, torch.randn(4, 5))") +
        err("nn.Linear(3, 4)(torch.randn(2, 5))"))
    add("F_big_linear", """\
torch.manual_seed(5)
a = torch.randn(8, 64, requires_grad=True)
W = torch.randn(16, 64, requires_grad=True)
b = torch.randn(16, requires_grad=True)
r = F.linear(a, W, b)
print(r)
r.pow(2).mean().backward()
print(W.grad[:2], b.grad, a.grad[:2])
""")

    # nn modules
    add("nn_linear", """\
torch.manual_seed(0)
lin = nn.Linear(3, 2)
print(lin)
print(lin.weight)
print(lin.bias)
out = lin(x)
print(out, out.grad_fn, out.grad_fn.next_functions)
out.sum().backward()
print(lin.weight.grad, lin.bias.grad)
for name, p in lin.named_parameters():
    print(name, p.shape, p.requires_grad, p.is_leaf)
print(len(list(lin.parameters())))
lin.zero_grad()
print(lin.weight.grad)
print(nn.Linear(4, 5, bias=False))
print(nn.Linear(4, 5, bias=False).bias)
print(lin(v), lin(torch.randn(2, 2, 3)).shape)
""")
    add("nn_parameter", """\
p = nn.Parameter(torch.tensor([1., 2.]))
print(p)
print(p.requires_grad, p.is_leaf, p.grad_fn)
q = p * 2
print(q)
print(nn.Parameter(torch.zeros(2, 2), requires_grad=False))
s = (p ** 2).sum()
s.backward()
print(p.grad)
print(p.shape, p.dtype)
""")
    add("nn_sequential", """\
torch.manual_seed(42)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2), nn.Sigmoid())
print(model)
print(model[0])
print(model[1])
out = model(x)
print(out)
print(out.grad_fn)
loss = out.sum()
loss.backward()
for name, p in model.named_parameters():
    print(name, p.grad)
print(len(model))
""")
    add("nn_activations", """\
for m in [nn.ReLU(), nn.Sigmoid(), nn.Tanh(), nn.Softmax(dim=1), nn.Softmax(dim=0), nn.GELU(), nn.LeakyReLU(0.1), nn.SiLU(), nn.LogSoftmax(dim=1)]:
    print(m)
    r = m(x)
    print(r, r.grad_fn)
print(nn.ReLU(inplace=True), nn.Dropout(), nn.Dropout(0.2), nn.Identity(), nn.Flatten())
""")
    add("nn_dropout", """\
d = nn.Dropout(0.5)
print(d, d.training)
torch.manual_seed(7)
print(d(torch.ones(4, 4)))
d.eval()
print(d.training)
print(d(x) is x)
m = nn.Sequential(nn.Linear(3, 3), nn.Dropout(0.3))
m.eval()
print(m[1].training, m.training)
m.train()
print(m[1].training)
r = nn.Dropout(0.5).eval()(x)
print(r.grad_fn)
""")
    add("nn_losses", """\
torch.manual_seed(3)
logits = torch.randn(4, 5, requires_grad=True)
target = torch.tensor([1, 0, 4, 2])
for crit in [nn.MSELoss(), nn.L1Loss(), nn.MSELoss(reduction='sum')]:
    print(crit)
    r = crit(x, y)
    print(r, r.grad_fn)
ce = nn.CrossEntropyLoss()
print(ce)
r = ce(logits, target)
print(r, r.grad_fn, r.grad_fn.next_functions)
r.backward()
print(logits.grad)
p = torch.sigmoid(x)
t = torch.tensor([[1., 0., 1.], [0., 0., 1.]])
print(nn.BCELoss()(p, t), nn.BCEWithLogitsLoss()(x, t))
print(nn.BCELoss(), nn.BCEWithLogitsLoss(), nn.CrossEntropyLoss(reduction='none')(logits, target))
""")
    add("nn_train_loop", """\
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
X = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
Y = torch.tensor([[0.], [1.], [1.], [0.]])
lossf = nn.MSELoss()
for i in range(30):
    opt.zero_grad()
    loss = lossf(model(X), Y)
    loss.backward()
    opt.step()
    if i % 5 == 0:
        print(i, loss.item())
print(model(X))
print(model[0].weight)
""")
    add("optim_sgd_momentum", """\
torch.manual_seed(1)
w = torch.randn(5, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.05, momentum=0.9, weight_decay=0.01)
for i in range(10):
    opt.zero_grad()
    loss = ((w - 1) ** 2).sum() + w.sin().sum()
    loss.backward()
    opt.step()
    print(w)
print(w.grad)
opt.zero_grad()
print(w.grad)
""")
    add("optim_sgd_nesterov", """\
torch.manual_seed(4)
w = torch.randn(40, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.01, momentum=0.5, nesterov=True)
for i in range(8):
    opt.zero_grad()
    (w ** 3).sum().backward()
    opt.step()
print(w)
opt2 = torch.optim.SGD([w], lr=0.3, momentum=0.2, dampening=0.1)
for i in range(5):
    opt2.zero_grad()
    (w.cos()).sum().backward()
    opt2.step()
print(w)
""" + err("torch.optim.SGD([], lr=0.1)"))
    add("optim_adam", """\
torch.manual_seed(2)
w = torch.randn(5, requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
for i in range(15):
    opt.zero_grad()
    loss = ((w - 2) ** 2).sum()
    loss.backward()
    opt.step()
    print(w)
""")
    add("optim_adam_big", """\
torch.manual_seed(3)
model = nn.Linear(10, 4)
opt = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=0.1, betas=(0.8, 0.99))
X = torch.randn(16, 10)
Y = torch.randn(16, 4)
for i in range(20):
    opt.zero_grad()
    loss = F.mse_loss(model(X), Y)
    loss.backward()
    opt.step()
    print(loss.item())
print(model.weight)
print(model.bias)
""")
    add("optim_adam_amsgrad", """\
torch.manual_seed(9)
w = torch.randn(33, requires_grad=True)
opt = torch.optim.Adam([w], lr=0.05, amsgrad=True)
for i in range(10):
    opt.zero_grad()
    (w.sin() * w).sum().backward()
    opt.step()
print(w)
""")
    add("nn_classifier", """\
torch.manual_seed(11)
X = torch.randn(12, 4)
Y = torch.tensor([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2])
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Dropout(0.1), nn.Linear(16, 3))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
crit = nn.CrossEntropyLoss()
for epoch in range(15):
    model.train()
    opt.zero_grad()
    loss = crit(model(X), Y)
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 6))
model.eval()
with torch.no_grad():
    pred = model(X).argmax(1)
print(pred, (pred == Y).float().mean())
""")
    add("nn_bce_loop", """\
torch.manual_seed(5)
X = torch.randn(10, 3)
Y = (X.sum(1, keepdim=True) > 0).float()
model = nn.Sequential(nn.Linear(3, 5), nn.Tanh(), nn.Linear(5, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.5, momentum=0.9)
crit = nn.BCEWithLogitsLoss()
for i in range(10):
    opt.zero_grad()
    loss = crit(model(X), Y)
    loss.backward()
    opt.step()
    print(loss)
print(torch.sigmoid(model(X)).round().squeeze())
""")
