import torch
from torch.autograd import gradcheck, gradgradcheck


class LinearFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input, weight, bias=None):
        ctx.save_for_backward(input, weight, bias)
        output = input.mm(weight.t())
        if bias is not None:
            output += bias.unsqueeze(0).expand_as(output)
        return output

    @staticmethod
    def backward(ctx, grad_output):
        input, weight, bias = ctx.saved_tensors
        grad_input = grad_weight = grad_bias = None
        if ctx.needs_input_grad[0]:
            grad_input = grad_output.mm(weight)
        if ctx.needs_input_grad[1]:
            grad_weight = grad_output.t().mm(input)
        if bias is not None and ctx.needs_input_grad[2]:
            grad_bias = grad_output.sum(0)
        return grad_input, grad_weight, grad_bias


class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, i):
        ctx.save_for_backward(i)
        return i * i

    @staticmethod
    def backward(ctx, g):
        i, = ctx.saved_tensors
        return g * i   # wrong: should be 2 * g * i


torch.manual_seed(0)
inputs = (torch.randn(20, 20, dtype=torch.double, requires_grad=True),
          torch.randn(30, 20, dtype=torch.double, requires_grad=True))
print(gradcheck(LinearFunction.apply, inputs, eps=1e-6, atol=1e-4))
x = torch.randn(3, dtype=torch.double, requires_grad=True)
print(gradcheck(torch.sin, (x,)), torch.autograd.gradcheck(torch.exp, x))
print(gradgradcheck(torch.tanh, (x,)), gradgradcheck(lambda a: (a ** 3).sum(), x))
print(torch.rand(2))  # gradgradcheck drew its random cotangents from the generator
y = torch.tensor([1.0, 2.0], dtype=torch.double, requires_grad=True)
try:
    gradcheck(Square.apply, (y,))
except RuntimeError as e:
    print(type(e).__name__, e)
print(gradcheck(Square.apply, (y,), raise_exception=False))
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.double, requires_grad=True)
try:
    gradcheck(lambda m: m @ Square.apply(m), (w,))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    gradcheck(torch.sin, (torch.ones(2, dtype=torch.double),))
except ValueError as e:
    print(type(e).__name__, e)
