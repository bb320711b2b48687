import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
print(torch.is_grad_enabled())
with torch.no_grad():
    print(torch.is_grad_enabled())
    y = x * 2
    with torch.enable_grad():
        print(torch.is_grad_enabled())
        z = x * 2
print(y.requires_grad, z.requires_grad, z.grad_fn)
with torch.set_grad_enabled(False):
    print((x * 2).requires_grad)
print(torch.is_grad_enabled())
torch.set_grad_enabled(False)
print(torch.is_grad_enabled(), (x * 2).requires_grad)
torch.set_grad_enabled(True)
print(torch.is_grad_enabled())
with torch.inference_mode():
    print(torch.is_grad_enabled(), (x * 2).requires_grad)
with torch.inference_mode(False):
    print(torch.is_grad_enabled())

@torch.no_grad()
def f(t):
    return t * 3

@torch.enable_grad()
def g(t):
    return t * 3

@torch.inference_mode()
def h(t):
    return t * 3

print(f(x).requires_grad, torch.is_grad_enabled())
with torch.no_grad():
    print(g(x).requires_grad)
print(h(x).requires_grad)

@torch.set_grad_enabled(False)
def k(t):
    return t * 3

print(torch.is_grad_enabled())
print(k(x).requires_grad)
torch.set_grad_enabled(True)
with torch.autograd.no_grad():
    print((x * 1).requires_grad)
with torch.autograd.set_detect_anomaly(True):
    (x * x).sum().backward()
print(x.grad)
try:
    with torch.no_grad():
        raise ValueError("inside")
except ValueError as e:
    print("ValueError:", e, torch.is_grad_enabled())
print(torch.is_inference_mode_enabled())
with torch.inference_mode():
    print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
    with torch.inference_mode(False):
        print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
print(torch.autograd.grad((x * x).sum(), x)[0])
