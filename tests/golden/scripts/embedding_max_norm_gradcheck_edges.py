import torch
from torch.autograd.function import once_differentiable
for f in [lambda: torch.broadcast_tensors(torch.ones(2), torch.ones(3)),
          lambda: torch.broadcast_shapes((2,), (3,))]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)
e = torch.nn.Embedding(3, 2, max_norm=1.0)
with torch.no_grad():
    e.weight.copy_(torch.tensor([[3., 4.], [0.3, 0.4], [0., 2.]]))
print(e)
print(e(torch.tensor([0, 1])))
print(e.weight)
class SC(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x
    @staticmethod
    @once_differentiable
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * g * x
a = torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True)
try:
    print(torch.autograd.gradgradcheck(SC.apply, (a,)))
except Exception as ex:
    print(type(ex).__name__, str(ex).splitlines()[0])
def t(name, f):
    try:
        print(name, f())
    except Exception as ex:
        print(name, type(ex).__name__, ex)
x = torch.tensor([[1., 2.], [3., 4.]], dtype=torch.float64, requires_grad=True)
t('unique', lambda: torch.unique(x))
t('ri float repeats', lambda: torch.repeat_interleave(x, torch.tensor([1., 2.]), dim=0))
t('tsplit float', lambda: torch.tensor_split(x, 1.5))
t('finfo eq', lambda: torch.finfo(torch.float32) == torch.finfo(torch.float32))
