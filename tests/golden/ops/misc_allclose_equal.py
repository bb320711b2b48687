import torch
torch.manual_seed(7)
a = torch.tensor([1., 2., 3.])
print(torch.allclose(a, a + 1e-7), torch.allclose(a, a + 1e-3))
print(torch.equal(a, a.clone()), torch.equal(a, a[:2]))
print(a.allclose(a * 1.01, rtol=0.1), torch.isclose(a, a + 0.01))
