"""Argument checks of torch's random functions, with torch's own error texts.

Numbers inside RuntimeError texts are printed the way C++ streams print a double
(``%g``: 6 significant digits), e.g. ``from=2.5 > to=1e-07``.  The dropout check
comes from torch's Python layer and shows the argument as Python prints it.
"""

from __future__ import annotations

import warnings

import numpy as np

# C++ spellings torch uses for the element type in bound messages
_C_NAMES = {
    np.dtype(np.bool_): "bool", np.dtype(np.int8): "signed char",
    np.dtype(np.uint8): "unsigned char", np.dtype(np.int16): "short int",
    np.dtype(np.int32): "int", np.dtype(np.int64): "long",
    np.dtype(np.float32): "float", np.dtype(np.float64): "double",
}
_SCALAR_NAMES = {  # torch's ScalarType names
    np.dtype(np.float32): "Float", np.dtype(np.float64): "Double", np.dtype(np.float16): "Half",
    np.dtype(np.int64): "Long", np.dtype(np.int32): "Int", np.dtype(np.int16): "Short",
    np.dtype(np.int8): "Char", np.dtype(np.uint8): "Byte", np.dtype(np.bool_): "Bool",
}
_FIXED_NAMES = {np.dtype(np.int8): "int8_t", np.dtype(np.uint8): "uint8_t",
                np.dtype(np.int16): "int16_t", np.dtype(np.int32): "int32_t"}
_FLOAT_DIGITS = {np.dtype(np.float32): 24, np.dtype(np.float64): 53}
_WARN_SITE = "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/DistributionTemplates.h:{}.)"


def _g(x: float) -> str:
    return "%g" % x


def check_float_dtype(dtype, op: str) -> np.dtype:
    """Floating kernels refuse other dtypes; ``op`` is torch's kernel name in the text
    ("check_uniform_bounds" for rand/uniform_, "normal_kernel_cpu" for randn/normal_,
    "bernoulli_tensor_cpu_p_" for torch.bernoulli(probs))."""
    dt = np.dtype(dtype)
    if dt not in (np.dtype(np.float32), np.dtype(np.float64)):
        name = _SCALAR_NAMES.get(dt, str(dt))
        if dt.kind != "f" or dt.itemsize != 2:
            raise NotImplementedError(f'"{op}" not implemented for \'{name}\'')
        raise NotImplementedError(f"random {name} tensors are not reproduced by gradcli")
    return dt


def check_randperm(n: int, dtype) -> None:
    dt = np.dtype(dtype)
    check_size([n])
    if dt.kind == "b":
        raise NotImplementedError("\"randperm\" not implemented for 'Bool'")
    if dt in _FIXED_NAMES and n - 1 > np.iinfo(dt).max:
        raise RuntimeError(f"value cannot be converted to type {_FIXED_NAMES[dt]} without overflow")
    if dt.kind == "f":
        digits = _FLOAT_DIGITS.get(dt, 11)
        if n > 2**digits + 1:
            raise RuntimeError(
                f"n cannot be greater than 2^{digits}+1 for {_SCALAR_NAMES[dt]} type.")


def check_uniform(a: float, b: float, dtype) -> None:
    dt = np.dtype(dtype)
    big = float(np.finfo(dt).max)
    for name, v in (("from", a), ("to", b)):
        if not -big <= float(v) <= big:
            raise RuntimeError(f"{name} is out of bounds for {_C_NAMES[dt]}")
    if a > b:
        raise RuntimeError(
            f"uniform_ expects to return a [from, to) range, but found from={_g(a)} > to={_g(b)}")
    if float(b) - float(a) > big:
        raise RuntimeError(
            f"uniform_ expects to-from <= std::numeric_limits<{_SCALAR_NAMES[dt]}>::max(), but "
            f"found to={_g(b)} and from={_g(a)} which result in to-from to exceed the limit")


def check_std(std: float) -> None:
    if not std >= 0.0:
        raise RuntimeError(f"normal expects std >= 0.0, but found std {_g(std)}")


def check_std_array(std: np.ndarray) -> None:
    if not np.all(np.asarray(std) >= 0):
        raise RuntimeError("normal expects all elements of std >= 0.0")


def check_p(p: float) -> None:
    if not 0.0 <= p <= 1.0:
        raise RuntimeError(f"bernoulli_ expects p to be in [0, 1], but got p={_g(p)}")


def check_p_array(p: np.ndarray) -> None:
    if not np.all((p >= 0) & (p <= 1)):
        raise RuntimeError(
            "Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error "
            "message be improved?  If so, please report an enhancement request to PyTorch.)")


def check_dropout_p(p) -> None:
    if not 0 <= p <= 1:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")


def check_size(shape) -> None:
    for d in shape:
        if d < 0:
            dims = ", ".join(str(int(x)) for x in shape)
            raise RuntimeError(
                f"Trying to create tensor with negative dimension {int(d)}: [{dims}]")


def check_randint(low: int, high: int, dtype) -> None:
    """torch.randint / random_(from, to) bounds: errors for integers, warnings for floats."""
    if low >= high:
        raise RuntimeError(
            f"random_ expects 'from' to be less than 'to', but got from={low} >= to={high}")
    dt = np.dtype(dtype)
    if dt.kind in "iub":
        lo, hi = (0, 1) if dt.kind == "b" else (int(np.iinfo(dt).min), int(np.iinfo(dt).max))
        if not lo <= low <= hi:
            raise RuntimeError(f"from is out of bounds for {_C_NAMES[dt]}")
        if not lo <= high - 1 <= hi:
            raise RuntimeError(f"to - 1 is out of bounds for {_C_NAMES[dt]}")
    elif dt in _FLOAT_DIGITS:
        digits = _FLOAT_DIGITS[dt]
        lim = 2**digits
        for name, v, line in (("from", low, 110), ("to - 1", high - 1, 111)):
            if not -lim <= v <= lim:
                warnings.warn(
                    f"{name} is out of bounds [-(2^{digits}), 2^{digits}]. Due to precision "
                    f"limitations {_C_NAMES[dt]} can support discrete uniform distribution only "
                    "within this range. This warning will become an error in version 1.7 "
                    f"release, please fix the code in advance {_WARN_SITE.format(line)}",
                    UserWarning, stacklevel=3)

