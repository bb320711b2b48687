import torch
m = torch.tensor([[1.5, -2.0], [0.25, 4.0]], requires_grad=True)
i = m.inverse(); print(i, torch.linalg.inv(m).grad_fn.name(), torch.inverse(m).grad_fn.next_functions[0][1])
i.sum().backward(); print(m.grad)
m.grad = None
d = torch.det(m); print(d); d.backward(); print(m.grad)
b = torch.tensor([[[2., 1.], [1., 3.]], [[1., 0.], [0., 4.]]])
print(torch.linalg.inv(b), torch.linalg.det(b))
try: torch.inverse(torch.zeros(2,2))
except RuntimeError as e: print(e)
try: torch.inverse(torch.ones(2,3))
except RuntimeError as e: print(e)
