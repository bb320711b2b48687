import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
z = y.exp()

def post(grad_inputs, grad_outputs):
    print("post", grad_inputs, grad_outputs)

def pre(grad_outputs):
    print("pre", grad_outputs)
    return (grad_outputs[0] * 2,)

h1 = y.grad_fn.register_hook(post)
h2 = y.grad_fn.register_prehook(pre)
z.sum().backward(retain_graph=True)
print(x.grad)
h1.remove()
h2.remove()
x.grad = None
z.sum().backward()
print(x.grad)

def scale(g):
    return g * 0.5

def after(t):
    print("accumulated", t.grad)

w = torch.tensor([3.0, 4.0], requires_grad=True)
w.register_hook(scale)
w.register_post_accumulate_grad_hook(after)
(w * w).sum().backward()
(w * 2).sum().backward()
print(w.grad)
print(y.grad_fn.next_functions)
print(y.grad_fn.name(), x.grad_fn)
