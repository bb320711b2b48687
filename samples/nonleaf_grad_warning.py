# Reading .grad of an intermediate tensor gives None and a UserWarning on
# stderr; retain_grad() is the fix.
import torch

x = torch.tensor([2.0, 3.0], requires_grad=True)
y = x * x
y.sum().backward()
print("leaf grad:", x.grad)
print("intermediate grad:", y.grad)

x.grad = None
y = x * x
y.retain_grad()
y.sum().backward()
print("after retain_grad:", y.grad)
print("leaf grad again:", x.grad)
