import torch
x = torch.tensor(2.0, requires_grad=True)
out = ((x * 3).exp() + x).sum()
node = out.grad_fn
print(node.name())
print(node.next_functions[0][0].name())
add = node.next_functions[0][0]
for fn, idx in add.next_functions:
    print(fn.name(), idx)
acc = add.next_functions[1][0]
print(acc.variable is x)
