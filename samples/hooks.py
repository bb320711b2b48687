# Tensor hooks see (and may replace) the gradient flowing into a tensor.
import torch

seen = []

def remember(grad):
    seen.append(grad.clone())

def double_it(grad):
    return grad * 2

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
handle = x.register_hook(remember)
y = x * x
y.register_hook(double_it)
y.sum().backward()
print(x.grad)
print(len(seen), seen[0])

# after remove() the hook is not called any more
handle.remove()
x.grad = None
(x * 3).sum().backward()
print(x.grad, len(seen))

# a hook that only prints
def show(grad):
    print("grad arriving:", grad)

w = torch.tensor(2.0, requires_grad=True)
w.register_hook(show)
(w ** 3).backward()
print(w.grad)
