"""torch dtypes: the few the engine supports, their NumPy storage and PyTorch's promotion."""
from __future__ import annotations

import numpy as np


class DType:
    """A torch dtype object (`torch.float32`); prints as PyTorch prints it."""

    __slots__ = ("name", "np", "is_floating_point", "is_complex", "is_signed", "itemsize",
                 "category", "legacy_name", "short_name", "reduced")
    _script_attrs = frozenset({"is_floating_point", "is_complex", "is_signed", "itemsize"})

    def __init__(self, name, np_dtype, category, legacy_name, short_name, itemsize=None):
        self.name = name
        self.np = np.dtype(np_dtype)  # the storage (bfloat16 values live in float32 arrays)
        self.category = category  # 0 bool, 1 integer, 2 floating, 3 complex
        self.is_floating_point = category == 2
        self.is_complex = category == 3
        self.is_signed = name != "bool"
        self.itemsize = itemsize or self.np.itemsize
        self.reduced = name in ("float16", "bfloat16")  # computed in float32 by PyTorch
        self.legacy_name = legacy_name  # torch.FloatTensor etc. (error texts)
        self.short_name = short_name  # Float, Long ... (error texts)

    def __repr__(self):
        return "torch." + self.name

    __str__ = __repr__

    def __reduce__(self):
        return (by_name, (self.name,))


DType.__module__ = "torch"      # `print(torch.dtype)` shows <class 'torch.dtype'>
DType.__qualname__ = "dtype"

float32 = DType("float32", np.float32, 2, "torch.FloatTensor", "Float")
float64 = DType("float64", np.float64, 2, "torch.DoubleTensor", "Double")
float16 = DType("float16", np.float16, 2, "torch.HalfTensor", "Half")
int64 = DType("int64", np.int64, 1, "torch.LongTensor", "Long")
int32 = DType("int32", np.int32, 1, "torch.IntTensor", "Int")
int16 = DType("int16", np.int16, 1, "torch.ShortTensor", "Short")
int8 = DType("int8", np.int8, 1, "torch.CharTensor", "Char")
uint8 = DType("uint8", np.uint8, 1, "torch.ByteTensor", "Byte")
bool_ = DType("bool", np.bool_, 0, "torch.BoolTensor", "Bool")
# NumPy has no bfloat16: its values are float32 numbers rounded to bfloat16 (see
# round_bfloat16), and `make` rounds every new bfloat16 tensor.
bfloat16 = DType("bfloat16", np.float32, 2, "torch.BFloat16Tensor", "BFloat16", itemsize=2)
complex64 = DType("complex64", np.complex64, 3, "torch.ComplexFloatTensor", "ComplexFloat")
complex128 = DType("complex128", np.complex128, 3, "torch.ComplexDoubleTensor",
                   "ComplexDouble")

ALL = (float32, float64, float16, int64, int32, int16, int8, uint8, bool_, bfloat16,
       complex64, complex128)
_BY_NAME = {d.name: d for d in ALL}
_BY_NP = {d.np: d for d in ALL if d is not bfloat16}

# Names under which the torch namespace exposes each dtype.
TORCH_NAMES = {
    "float32": float32, "float": float32, "float64": float64, "double": float64,
    "float16": float16, "half": float16,
    "int64": int64, "long": int64, "int32": int32, "int": int32, "int16": int16,
    "short": int16, "int8": int8, "uint8": uint8, "bool": bool_, "bfloat16": bfloat16,
    "complex64": complex64, "cfloat": complex64, "complex128": complex128,
    "cdouble": complex128,
}

_default_float = [float32]


def by_name(name: str) -> DType:
    return _BY_NAME[name]


def from_numpy(np_dtype) -> DType:
    return _BY_NP[np.dtype(np_dtype)]


def default_float() -> DType:
    return _default_float[0]


def set_default_float(dt: DType) -> None:
    _default_float[0] = dt


def default_complex() -> DType:
    """The complex dtype matching the default float dtype (complex64 for float32)."""
    return complex128 if _default_float[0] is float64 else complex64


def to_complex(dt: DType) -> DType:
    """The complex dtype with dt's precision (float64 -> complex128, else complex64)."""
    if dt.category == 3:
        return dt
    if dt is float16:
        raise NotImplementedError("complex32 (torch.chalf) is not supported by gradcli")
    return complex128 if dt is float64 else complex64


def round_bfloat16(arr) -> np.ndarray:
    """float32 values rounded to the nearest bfloat16 (ties to even), nan kept as nan.

    bfloat16 is the top half of a float32, so rounding adds half of the dropped 16 bits
    (minus one, plus the lowest kept bit for the tie-to-even case) and clears them.
    """
    a = np.asarray(arr)
    if a.dtype != np.float32:
        a = a.astype(np.float32)
    bits = a.view(np.uint32)
    rounded = ((bits + (np.uint32(0x7FFF) + ((bits >> np.uint32(16)) & np.uint32(1))))
               & np.uint32(0xFFFF0000)).view(np.float32)
    rounded = np.where(a != a, a, rounded)
    if a.base is not None and a is arr and np.array_equal(rounded, a, equal_nan=True):
        return a  # a view of bfloat16 data (slice, reshape ...) stays a view
    return rounded


# PyTorch's promotion lattice for the supported dtypes.
_RANK = {"bool": 0, "uint8": 1, "int8": 2, "int16": 3, "int32": 4, "int64": 5,
         "float16": 6, "bfloat16": 6, "float32": 7, "float64": 8, "complex64": 9,
         "complex128": 10}


def promote(a: DType, b: DType) -> DType:
    """result_type of two tensors of the same participation level."""
    if a is b:
        return a
    pair = {a.name, b.name}
    if pair == {"uint8", "int8"}:
        return int16
    if pair == {"float16", "bfloat16"}:
        return float32
    if a.category == 3 or b.category == 3:
        if float64 in (a, b) or complex128 in (a, b):
            return complex128
        return complex64
    return a if _RANK[a.name] >= _RANK[b.name] else b


def result_type(dims_dtypes, scalar_kinds=()):
    """PyTorch's result type.

    dims_dtypes: (ndim, DType) of each tensor operand.
    scalar_kinds: Python scalar operands as types (bool, int, float, complex).
    Dimensioned tensors win over 0-d tensors, which win over Python scalars, unless a
    lower level has a higher category (bool < integer < floating).
    """
    dim_t = None
    zero_t = None
    for ndim, dt in dims_dtypes:
        if ndim > 0:
            dim_t = dt if dim_t is None else promote(dim_t, dt)
        else:
            zero_t = dt if zero_t is None else promote(zero_t, dt)
    scalar_t = None
    for k in scalar_kinds:
        s = (bool_ if k is bool else int64 if k is int else default_float() if k is float
             else default_complex())
        scalar_t = s if scalar_t is None else promote(scalar_t, s)
    result = None
    for level in (dim_t, zero_t, scalar_t):
        if level is None:
            continue
        if result is None:
            result = level
        elif level.category > result.category:
            # A higher category at a lower level: take the default of that category
            # for scalars, the dtype itself for 0-d tensors; a complex lower level keeps
            # the precision of a floating higher level (float64 + 1j -> complex128).
            if level.category == 3 and result.category == 2:
                result = to_complex(result)
            elif level is scalar_t:
                result = (default_float() if level.category == 2 else
                          default_complex() if level.category == 3 else int64)
            else:
                result = level
    return result


DType.__name__ = DType.__qualname__ = "dtype"   # type(torch.float32): <class 'torch.dtype'>
DType.__module__ = "torch"
