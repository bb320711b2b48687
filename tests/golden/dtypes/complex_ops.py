import torch

f32 = torch.tensor([1.0, 2.0])
f64 = torch.tensor([1.0, 2.0], dtype=torch.float64)
bf = torch.tensor([1.0, 2.0], dtype=torch.bfloat16)
i64 = torch.tensor([1, 2])
c64 = torch.tensor([1 + 1j, 2])
c128 = c64.to(torch.complex128)
print(torch.complex64, torch.cfloat, torch.complex128, torch.cdouble)
print(c64.dtype, c128.dtype, torch.tensor([1 + 1j]).dtype)
print((f32 + 1j).dtype, (f64 + 1j).dtype, (bf + 1j).dtype, (i64 + 1j).dtype)
print((f64 + c64).dtype, (f32 + c64).dtype, (bf + c64).dtype, (i64 + c64).dtype, (c64 + c128).dtype)
print((f64 + torch.tensor(1j)).dtype, (i64 + torch.tensor(1j)).dtype, (c64 + torch.tensor(1.0, dtype=torch.float64)).dtype)
print(c64.is_complex(), f32.is_complex(), c64.is_floating_point(), torch.is_complex(c64))
print(c64.dtype.is_complex, c64.dtype.is_floating_point, torch.bfloat16.is_floating_point)
print(c64.element_size(), c128.element_size(), c64.type(), c128.type())
print(c64 * c64, c64 - 1, c64 * 2.5, -c64, c64 ** 2)
print(c64 / torch.tensor([0j, 1]))
print(c64 + f32, c64 * 1j, 1j - c64, f64 * 1j)
print(c64.real, c64.imag, f32.real, c128.real.dtype)
print(c64.abs(), abs(c64), torch.abs(c128))
print(c64.angle(), torch.tensor([-1.0, 0.0, -0.0, float("nan")]).angle(), i64.angle())
print(c64.conj(), f32.conj(), torch.conj(c128))
print(c64.sum(), c64.mean(), c64.prod(), c64 == c64, c64 != 1)
print(c64[0].item(), c64.tolist(), complex(torch.tensor(1 + 2j)), complex(torch.tensor(1.5)))
print(float(torch.tensor(3 + 0j)), int(torch.tensor(4 + 0j)))
print(f32.to(torch.complex64), f32.cfloat(), f64.cdouble(), i64.to(torch.cfloat))
print(torch.complex(f32, f32 * 2), torch.complex(f64, f64))
print(torch.view_as_real(c64))
print(c64.exp(), torch.tensor([1 + 2j]).sqrt())
x = torch.tensor([1 + 2j, -3j], requires_grad=True)
print(x.real, x.imag, x.conj(), x.angle(), x.abs())
print(x + 1, x * x, x / 2, x.sum())
try:
    torch.tensor([1.0]).imag
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c64 > c64
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    torch.tensor([1j], dtype=torch.float32)
except TypeError as e:
    print("TypeError:", e)
