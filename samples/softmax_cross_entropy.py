# Softmax and cross-entropy written out by hand, checked against the
# gradient formula softmax(z) - onehot(target).
import torch

logits = torch.tensor([[2.0, 1.0, 0.1],
                       [0.5, 2.5, -1.0]], requires_grad=True)
target = torch.tensor([0, 1])

shifted = logits - logits.max(dim=1, keepdim=True).values
exps = shifted.exp()
probs = exps / exps.sum(dim=1, keepdim=True)
print(probs)
print(probs.sum(dim=1))

picked = probs[torch.arange(2), target]
loss = -picked.log().mean()
print(f"loss = {loss.item():.5f}")
loss.backward()
print(logits.grad)

onehot = torch.zeros(2, 3)
onehot[0, 0] = 1.0
onehot[1, 1] = 1.0
expected = (probs.detach() - onehot) / 2
print(expected)
print(torch.allclose(logits.grad, expected, atol=1e-6))

# the built-in version gives the same numbers
import torch.nn.functional as F
logits2 = logits.detach().clone().requires_grad_()
builtin = F.cross_entropy(logits2, target)
builtin.backward()
print(f"builtin = {builtin.item():.5f}")
print(torch.allclose(logits2.grad, logits.grad, atol=1e-6))
