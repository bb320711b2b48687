"""Tensor printing that matches PyTorch 2.13 character for character.

The text of ``print(t)`` is built in four steps:

1. pick the values that will be shown (all of them, or only the edge items of every
   dimension when the tensor is summarised);
2. one formatter pass over those values chooses a mode (int / sci / fixed for floats) and a
   single width, and turns every shown value into a padded string;
3. the strings are laid out: 1-D rows wrapped at ``linewidth``, N-D blocks nested and
   separated by newlines, ``...`` where items were skipped;
4. the suffixes (``size=``, ``dtype=``, ``grad_fn=`` / ``requires_grad=``) are appended,
   each moving to its own line when it would not fit.

Floats are formatted with Python's own ``format`` on the exact stored value (a float32 turns
into a Python float without rounding); NumPy's float printing is never used.
See /work/shared/reference/printing.md for the rules this module implements.
"""
from __future__ import annotations

import numpy as np

from . import dtypes

__all__ = ["PrintOptions", "OPTIONS", "set_printoptions", "get_printoptions",
           "reset_printoptions", "format_tensor", "format_parameter", "format_size",
           "format_return_types"]

_INF = float("inf")
_PREFIX = "tensor("
_INDENT = len(_PREFIX)  # 7: continuation lines and moved suffixes line up after "tensor("


class PrintOptions:
    """The global print options (the fields of ``torch.set_printoptions``)."""

    __slots__ = ("precision", "threshold", "edgeitems", "linewidth", "sci_mode")

    def __init__(self, precision=4, threshold=1000, edgeitems=3, linewidth=80, sci_mode=None):
        self.precision = precision
        self.threshold = threshold
        self.edgeitems = edgeitems
        self.linewidth = linewidth
        self.sci_mode = sci_mode

    def __repr__(self):
        return ("PrintOptions(precision={}, threshold={}, edgeitems={}, linewidth={}, "
                "sci_mode={})").format(self.precision, self.threshold, self.edgeitems,
                                       self.linewidth, self.sci_mode)


OPTIONS = PrintOptions()

# profile name -> (precision, threshold, edgeitems, linewidth)
_PROFILES = {
    "default": (4, 1000, 3, 80),
    "short": (2, 1000, 2, 80),
    "full": (4, _INF, 3, 80),
}


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None,
                     profile=None, sci_mode=None) -> None:
    """``torch.set_printoptions``: a profile first, then the explicit values on top.

    Unknown profile names are ignored. ``sci_mode`` is always replaced by the argument, so
    every call without ``sci_mode=`` switches back to automatic mode.
    """
    opts = OPTIONS
    if profile in _PROFILES:
        opts.precision, opts.threshold, opts.edgeitems, opts.linewidth = _PROFILES[profile]
    if precision is not None:
        opts.precision = precision
    if threshold is not None:
        opts.threshold = threshold
    if edgeitems is not None:
        opts.edgeitems = edgeitems
    if linewidth is not None:
        opts.linewidth = linewidth
    opts.sci_mode = sci_mode


def get_printoptions() -> dict:
    """The options in effect, as a dict keyed like ``set_printoptions``'s arguments."""
    return {name: getattr(OPTIONS, name) for name in PrintOptions.__slots__}


def reset_printoptions() -> None:
    """Back to PyTorch's start-up options (for tests and fresh interpreter runs)."""
    set_printoptions(profile="default")


# ---------------------------------------------------------------------------------------
# Step 1: the shown values


def _shown(arr: np.ndarray, summarize: bool, edge: int):
    """The sub-array that will be printed and, per dimension, whether items were skipped."""
    if not summarize:
        return arr, (False,) * arr.ndim
    cut = tuple(n > 2 * edge for n in arr.shape)
    if not any(cut):
        return arr, cut
    # Take the edge items one dimension at a time: only shown values are ever copied.
    shown = arr
    for axis, (n, c) in enumerate(zip(arr.shape, cut)):
        if c:
            shown = np.take(shown, np.r_[0:edge, n - edge:n], axis=axis)
    return shown, cut


# ---------------------------------------------------------------------------------------
# Step 2: the formatter


def _format_floats(vals: list, opts: PrintOptions):
    """Strings for float values (unpadded) and the common width."""
    # Finite non-zero values decide mode and width; v - v is nan for inf and nan.
    counted = [v != 0.0 and v - v == 0.0 for v in vals]
    nz = [v for v, c in zip(vals, counted) if c]
    if not nz:
        # Only zeros, nan and inf: int mode and width 1, whatever sci_mode says.
        return [("%.0f." % v) if v - v == 0.0 else ("%.0f" % v) for v in vals], 1
    sci = opts.sci_mode
    int_mode = all(v.is_integer() for v in nz)
    if sci is None:
        absolute = [abs(v) for v in nz]
        big = max(absolute)
        small = min(absolute)
        sci = big / small > 1000.0 or big > 1.0e8 or (not int_mode and small < 1.0e-4)
    if sci:
        fmt = "%%.%de" % opts.precision
        strs = [fmt % v for v in vals]
    elif int_mode:
        # "3." for numbers; nan and inf get no dot
        strs = [("%.0f." % v) if v - v == 0.0 else ("%.0f" % v) for v in vals]
    else:
        fmt = "%%.%df" % opts.precision
        strs = [fmt % v for v in vals]
    width = max(len(s) for s, c in zip(strs, counted) if c)
    return strs, width


def _format_complex(vals: list, opts: PrintOptions):
    """Cells for complex values: the real and the imaginary parts have their own formatter
    (mode and width), and a cell is the padded real part, the sign, the imaginary part
    and ``j`` (``1.+2.0000j``, ``-0.-0.5000j``). The width for line wrapping is the sum of
    both widths plus one (for the sign)."""
    re_strs, re_width = _format_floats([v.real for v in vals], opts)
    im_strs, im_width = _format_floats([v.imag for v in vals], opts)
    cells = []
    for r, i in zip(re_strs, im_strs):
        i = i.rjust(im_width).lstrip()
        cells.append(r.rjust(re_width) + (i if i[0] == "-" or i[0] == "+" else "+" + i) + "j")
    return cells, re_width + im_width + 1


def _format_values(shown: np.ndarray, dtype: dtypes.DType, opts: PrintOptions):
    """Padded strings for the shown values (flat, C order) and the formatter width."""
    if shown.dtype != dtype.np:  # only the shown values are converted
        shown = shown.astype(dtype.np)
    vals = shown.ravel().tolist()
    if dtype.is_floating_point:
        strs, width = _format_floats(vals, opts)
    elif dtype.is_complex:
        return _format_complex(vals, opts)
    else:
        strs = [str(v) for v in vals]
        width = max(map(len, strs), default=1)
    return [s.rjust(width) for s in strs], width


# ---------------------------------------------------------------------------------------
# Step 3: layout


def _layout(cells: list, shape: tuple, cut: tuple, edge: int, width: int,
            linewidth: int) -> str:
    """The bracketed body for a tensor of >= 1 dimension."""
    ndim = len(shape)
    strides = [1] * ndim
    for d in range(ndim - 2, -1, -1):
        strides[d] = strides[d + 1] * shape[d + 1]
    step = width + 2

    def block(start: int, dim: int, indent: int) -> str:
        n = shape[dim]
        if dim == ndim - 1:
            items = cells[start:start + n]
            if cut[dim]:
                items = items[:edge] + [" ..."] + items[edge:]
            per_line = max(1, (linewidth - indent) // step)
            if len(items) <= per_line:
                return "[" + ", ".join(items) + "]"
            lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
            return "[" + (",\n" + " " * (indent + 1)).join(lines) + "]"
        stride = strides[dim]
        subs = [block(start + i * stride, dim + 1, indent + 1) for i in range(n)]
        if cut[dim]:
            subs = subs[:edge] + ["..."] + subs[edge:]
        sep = "," + "\n" * (ndim - dim - 1) + " " * (indent + 1)
        return "[" + sep.join(subs) + "]"

    return block(0, 0, _INDENT)


# ---------------------------------------------------------------------------------------
# Step 4: suffixes and the entry points


def _append_suffixes(text: str, suffixes: list, linewidth: int) -> str:
    """Add each suffix after ', ' or, if it would not fit, on a new line under the body."""
    if not suffixes:
        return text + ")"
    parts = [text]
    # torch over-estimates the current line length by 2 until the first line move.
    length = len(text) - (text.rfind("\n") + 1) + 2
    for suffix in suffixes:
        if length + len(suffix) + 2 > linewidth:
            parts.append(",\n" + " " * _INDENT + suffix)
            length = _INDENT + len(suffix)
        else:
            parts.append(", " + suffix)
            length += len(suffix) + 2
    parts.append(")")
    return "".join(parts)


def format_tensor(arr: np.ndarray, dtype: dtypes.DType, *, grad_fn_name: str | None = None,
                  requires_grad: bool = False) -> str:
    """The text of ``repr(t)`` / ``str(t)`` / ``print(t)`` for a tensor holding ``arr``.

    ``grad_fn_name`` is the class name of the tensor's grad_fn (``'MulBackward0'``) or None;
    ``requires_grad`` matters only for tensors without a grad_fn (leaves).
    """
    opts = OPTIONS
    edge = opts.edgeitems
    suffixes = []
    if arr.size == 0:
        body = "[]"
        if arr.ndim != 1:
            suffixes.append("size=" + repr(tuple(arr.shape)))
        if dtype is not dtypes.default_float():
            suffixes.append("dtype=" + repr(dtype))
    else:
        summarize = arr.size > opts.threshold
        if not edge:
            # Degenerate edgeitems=0: torch adds the size, and a summarised body is '[...]'.
            suffixes.append("size=" + repr(tuple(arr.shape)))
        if arr.ndim == 0:
            cells, _ = _format_values(arr, dtype, opts)
            body = cells[0]
        elif summarize and not edge:
            body = "[...]"
        else:
            shown, cut = _shown(arr, summarize, edge)
            cells, width = _format_values(shown, dtype, opts)
            body = _layout(cells, shown.shape, cut, edge, width, int(opts.linewidth))
        if not (dtype is dtypes.default_float() or dtype.name in ("int64", "bool")
                or dtype is dtypes.default_complex()):
            suffixes.append("dtype=" + repr(dtype))
    if grad_fn_name is not None:
        suffixes.append("grad_fn=<" + grad_fn_name + ">")
    elif requires_grad:
        suffixes.append("requires_grad=True")
    return _append_suffixes(_PREFIX + body, suffixes, opts.linewidth)


def format_parameter(arr: np.ndarray, dtype: dtypes.DType, *, grad_fn_name: str | None = None,
                     requires_grad: bool = True) -> str:
    """The text of ``print(p)`` for an ``nn.Parameter``."""
    return "Parameter containing:\n" + format_tensor(
        arr, dtype, grad_fn_name=grad_fn_name, requires_grad=requires_grad)


def format_size(shape) -> str:
    """``torch.Size([2, 3])`` (``torch.Size([])`` for a 0-d tensor)."""
    return "torch.Size([" + ", ".join(str(int(d)) for d in shape) + "])"


def format_return_types(name: str, fields) -> str:
    """A ``torch.return_types`` tuple such as ``torch.max(x, dim=1)``'s result.

    ``fields`` holds (field name, already formatted text) pairs, e.g.
    ``[("values", format_tensor(...)), ("indices", format_tensor(...))]``; each field goes on
    its own line, without extra indentation.
    """
    return "torch.return_types." + name + "(\n" + ",\n".join(
        field + "=" + text for field, text in fields) + ")"
