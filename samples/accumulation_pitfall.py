# Gradients add up across backward() calls. Forgetting to clear them is a
# classic mistake in a training loop.
import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
data = torch.tensor([3.0, 4.0])

print("-- without zeroing --")
for i in range(3):
    loss = (w * data).sum()
    loss.backward()
    print(i, w.grad)

print("-- zeroing each time --")
w.grad = None
for i in range(3):
    loss = (w * data).sum()
    loss.backward()
    print(i, w.grad)
    w.grad.zero_()

print("-- setting grad to None --")
for i in range(2):
    if w.grad is not None:
        w.grad = None
    loss = (w * w).sum()
    loss.backward()
    print(i, w.grad)

# accumulation can also be used on purpose: split a batch in two halves
v = torch.tensor([0.5, 0.25], requires_grad=True)
full = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]])
(full @ v).sum().backward()
whole = v.grad.clone()
v.grad = None
(full[:2] @ v).sum().backward()
(full[2:] @ v).sum().backward()
print(whole, v.grad, torch.equal(whole, v.grad))
