import torch
torch.manual_seed(7)
a = torch.tensor([1., float('inf'), -float('inf'), float('nan'), 0.])
print(torch.isnan(a), torch.isinf(a), torch.isfinite(a))
print(a.isnan().any(), a.isfinite().all(), torch.tensor([1, 2]).isnan())
