import torch
import torch.nn.functional as F
x = torch.tensor([-3.83, -1.2, 0.3, 2.7, 5.1], dtype=torch.half)
print(x.sigmoid().tolist(), F.gelu(x).tolist(), x.exp().tolist(), x.tanh().tolist(), F.silu(x).tolist(), F.softplus(x).tolist(), x.abs().rsqrt().tolist(), x.erf().tolist(), x.log1p().tolist(), x.sin().tolist())
