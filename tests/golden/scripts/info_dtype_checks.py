import torch
x = torch.ones(2)
print(x.dtype is torch.float32, x.dtype == torch.float)
print(x.is_floating_point(), torch.arange(2).is_floating_point())
print(torch.get_default_dtype())
print(torch.is_tensor(x), torch.is_tensor(3))
print(isinstance(x, torch.Tensor))
