import torch
a = torch.tensor(1.0)
b = torch.tensor(2.0, requires_grad=True)
print((a + a).requires_grad, (a + b).requires_grad)
print((a + b).grad_fn.next_functions)
