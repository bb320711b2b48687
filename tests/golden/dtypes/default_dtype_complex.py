import torch

torch.set_default_dtype(torch.float64)
print(torch.tensor([1 + 2j]))
print(torch.tensor([1 + 2j]).dtype)
print(torch.tensor([1 + 2j], dtype=torch.complex64))
print((torch.tensor([1.0]) + 1j).dtype, (torch.tensor([1.0], dtype=torch.float32) + 1j).dtype)
print(torch.tensor([1.5], dtype=torch.bfloat16), torch.tensor([1.5]))
torch.set_default_dtype(torch.float32)
print(torch.tensor([1 + 2j]), torch.tensor([1 + 2j], dtype=torch.complex128))
