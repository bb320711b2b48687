import torch
torch.manual_seed(7)
x = torch.tensor([1., 2., 3.], requires_grad=True)
h = x * 1
h += 2
h *= x
h -= 1
h /= 2
h **= 2
print(h)
h.sum().backward()
print(x.grad)
k = x * 1
k.exp_()
k.clamp_(0, 5)
k.sqrt_()
k.log_()
k.sigmoid_()
print(k, k.grad_fn)
