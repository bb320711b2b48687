"""Tensor printing: every rule of printing.md, the random corpus, the reference vectors.

Expected texts come from real PyTorch 2.13 (the oracle); the corpus and the copied
reference vectors live in tests/golden/.
"""
import ast
import json
import math
import os

import numpy as np
import pytest

from gradcli.tensor import dtypes, printing
from gradcli.tensor.printing import format_parameter, format_tensor, set_printoptions

GOLDEN = os.path.join(os.path.dirname(__file__), "golden")
NAN, INF = float("nan"), float("inf")
f32, f64, i64, i32, b = dtypes.float32, dtypes.float64, dtypes.int64, dtypes.int32, dtypes.bool_


@pytest.fixture(autouse=True)
def default_options():
    printing.reset_printoptions()
    yield
    printing.reset_printoptions()
    dtypes.set_default_float(dtypes.float32)


def fmt(values, dtype=f32, **kw):
    """format_tensor of torch.tensor(values, dtype=dtype)."""
    return format_tensor(np.array(values, dtype=np.float64 if dtype.is_floating_point
                                  else dtype.np).astype(dtype.np), dtype, **kw)


# --- float modes ---------------------------------------------------------------------


@pytest.mark.parametrize("values, text", [
    ([1., 2., 3.], "tensor([1., 2., 3.])"),
    ([-1., 20., 300.], "tensor([ -1.,  20., 300.])"),
    ([1e6, 2e6], "tensor([1000000., 2000000.])"),
    ([100000000.], "tensor([100000000.])"),
    ([1.5, 2.25, -3.0], "tensor([ 1.5000,  2.2500, -3.0000])"),
    ([0.5, 123.456, -7.0], "tensor([  0.5000, 123.4560,  -7.0000])"),
    ([9.99995, 1.5], "tensor([10.0000,  1.5000])"),
    ([0.0, 1.5], "tensor([0.0000, 1.5000])"),
    ([0.12345, 0.99995, 1.00005, 2.00015], "tensor([0.1235, 0.9999, 1.0000, 2.0001])"),
    ([0.03125, 0.5], "tensor([0.0312, 0.5000])"),  # exact tie rounds to even
])
def test_int_and_fixed_mode(values, text):
    assert fmt(values) == text


@pytest.mark.parametrize("values, text", [
    ([1000., 1.], "tensor([1000.,    1.])"),  # ratio exactly 1000: not sci
    ([1001., 1.], "tensor([1.0010e+03, 1.0000e+00])"),
    ([100000008.], "tensor([1.0000e+08])"),  # > 1e8
    ([12345.678, 0.5], "tensor([1.2346e+04, 5.0000e-01])"),
    ([0.0001], "tensor([1.0000e-04])"),  # float32(1e-4) < 1e-4
    ([0.00011], "tensor([0.0001])"),
    ([1e-5, 1.], "tensor([1.0000e-05, 1.0000e+00])"),
    ([1.5e-10, -2.5e12], "tensor([ 1.5000e-10, -2.5000e+12])"),
    ([NAN, 1e-5], "tensor([       nan, 1.0000e-05])"),  # sci pads nan
])
def test_sci_mode(values, text):
    assert fmt(values) == text


def test_float64_thresholds_use_exact_values():
    assert fmt([0.0001], f64) == "tensor([0.0001], dtype=torch.float64)"
    assert fmt([1e300, 1.], f64) == "tensor([1.0000e+300,  1.0000e+00], dtype=torch.float64)"


@pytest.mark.parametrize("values, text", [
    ([NAN, 1., INF, -INF], "tensor([nan, 1., inf, -inf])"),  # longer than width: no cut
    ([NAN], "tensor([nan])"),
    ([INF, -INF], "tensor([inf, -inf])"),
    ([INF, 1.5], "tensor([   inf, 1.5000])"),
    ([0., 0., 0.], "tensor([0., 0., 0.])"),
    ([-0.0, 1.0], "tensor([-0., 1.])"),
    ([0.0, -0.0], "tensor([0., -0.])"),
    ([-0.0, 1.5], "tensor([-0.0000, 1.5000])"),
])
def test_specials_and_zeros_do_not_affect_width(values, text):
    assert fmt(values) == text


def test_linspace_tiny_middle_value_switches_to_sci():
    vals = np.array([-1.0, -0.6666666, -0.3333333, -2.9802322e-08, 0.3333333, 0.6666666, 1.0])
    assert fmt(vals) == ("tensor([-1.0000e+00, -6.6667e-01, -3.3333e-01, -2.9802e-08,  3.3333e-01,\n"
                         "         6.6667e-01,  1.0000e+00])")


# --- 0-d --------------------------------------------------------------------------


@pytest.mark.parametrize("value, dtype, text", [
    (3.5, f32, "tensor(3.5000)"), (2., f32, "tensor(2.)"), (-0.0, f32, "tensor(-0.)"),
    (NAN, f32, "tensor(nan)"), (-INF, f32, "tensor(-inf)"), (1e-7, f32, "tensor(1.0000e-07)"),
    (12345678., f32, "tensor(12345678.)"), (3e9, f32, "tensor(3.0000e+09)"),
    (True, b, "tensor(True)"), (5, i64, "tensor(5)"), (-42, i64, "tensor(-42)"),
    (5, i32, "tensor(5, dtype=torch.int32)"), (2.5, f64, "tensor(2.5000, dtype=torch.float64)"),
])
def test_zero_dim(value, dtype, text):
    assert fmt(value, dtype) == text


def test_zero_dim_suffixes():
    assert fmt(1., requires_grad=True) == "tensor(1., requires_grad=True)"
    assert fmt(5., grad_fn_name="SumBackward0") == "tensor(5., grad_fn=<SumBackward0>)"


# --- dtypes -----------------------------------------------------------------------


@pytest.mark.parametrize("values, dtype, text", [
    ([1, -20, 300], i64, "tensor([  1, -20, 300])"),
    ([1, 2, 3], i32, "tensor([1, 2, 3], dtype=torch.int32)"),
    ([1, 2], dtypes.int16, "tensor([1, 2], dtype=torch.int16)"),
    ([-1, 2], dtypes.int8, "tensor([-1,  2], dtype=torch.int8)"),
    ([1, 255], dtypes.uint8, "tensor([  1, 255], dtype=torch.uint8)"),
    ([1., 2.], f64, "tensor([1., 2.], dtype=torch.float64)"),
    ([1.5, 2.0], dtypes.float16, "tensor([1.5000, 2.0000], dtype=torch.float16)"),
    ([True, False], b, "tensor([ True, False])"),
    ([True, True], b, "tensor([True, True])"),
])
def test_dtypes(values, dtype, text):
    assert fmt(values, dtype) == text


def test_bool_2d_and_int_extremes():
    assert fmt([[True], [False]], b) == "tensor([[ True],\n        [False]])"
    big = [np.iinfo(np.int64).min, 0]
    assert fmt(big, i64) == "tensor([-9223372036854775808,                    0])"


def test_default_float_dtype_changes_suffix():
    dtypes.set_default_float(dtypes.float64)
    assert fmt([1.5, 2.], f64) == "tensor([1.5000, 2.0000])"
    assert fmt([1.5], f32) == "tensor([1.5000], dtype=torch.float32)"
    assert fmt([], f32) == "tensor([], dtype=torch.float32)"
    assert fmt([], f64) == "tensor([])"


# --- empty tensors --------------------------------------------------------------------


@pytest.mark.parametrize("shape, dtype, text", [
    ((0,), f32, "tensor([])"),
    ((0, 3), f32, "tensor([], size=(0, 3))"),
    ((3, 0), i32, "tensor([], size=(3, 0), dtype=torch.int32)"),
    ((0,), i64, "tensor([], dtype=torch.int64)"),
    ((0,), f64, "tensor([], dtype=torch.float64)"),
    ((0,), b, "tensor([], dtype=torch.bool)"),
    ((2, 0, 2), b, "tensor([], size=(2, 0, 2), dtype=torch.bool)"),
])
def test_empty(shape, dtype, text):
    assert format_tensor(np.zeros(shape, dtype.np), dtype) == text


def test_empty_requires_grad():
    assert format_tensor(np.zeros(0, np.float32), f32, requires_grad=True) == \
        "tensor([], requires_grad=True)"


# --- layout -----------------------------------------------------------------------


def test_wrap_1d_continuation_indent():
    text = format_tensor(np.arange(100), i64)
    lines = text.split("\n")
    assert lines[0] == "tensor([" + ", ".join("%2d" % i for i in range(18)) + ","
    assert lines[1] == "        " + ", ".join("%2d" % i for i in range(18, 36)) + ","
    assert len(lines) == 6 and lines[-1].endswith("99])")


def test_wrap_rows_of_2d_use_deeper_indent():
    arr = (np.arange(40, dtype=np.float32) / np.float32(39)).reshape(2, 20)
    lines = format_tensor(arr, f32).split("\n")
    # rows start at column 8, so (80 - 8) // 8 = 9 values per line
    assert lines[0].startswith("tensor([[0.0000,") and lines[0].count(",") == 9
    assert lines[1].startswith("         0.") and lines[2].startswith("         0.")
    assert lines[3].startswith("        [0.5128,")


def test_nested_separators():
    assert format_tensor(np.arange(8).reshape(2, 2, 2), i64) == (
        "tensor([[[0, 1],\n         [2, 3]],\n\n        [[4, 5],\n         [6, 7]]])")
    text = format_tensor(np.arange(16, dtype=np.float32).reshape(2, 2, 2, 2), f32)
    assert "]]],\n\n\n        [[[" in text


def test_non_contiguous_input_is_printed_in_logical_order():
    arr = np.arange(6, dtype=np.float32).reshape(2, 3).T
    assert format_tensor(arr, f32) == "tensor([[0., 3.],\n        [1., 4.],\n        [2., 5.]])"


# --- summarisation ----------------------------------------------------------------


def test_threshold_is_strict():
    assert "..." not in format_tensor(np.arange(1000), i64)
    assert format_tensor(np.arange(1001), i64) == \
        "tensor([   0,    1,    2,  ...,  998,  999, 1000])"


def test_formatter_sees_only_shown_values():
    x = np.ones(2000, np.float32)
    x[1000] = 1e-8
    assert format_tensor(x, f32) == "tensor([1., 1., 1.,  ..., 1., 1., 1.])"
    x = np.zeros(2000, np.int64)
    x[1000] = 123456
    assert format_tensor(x, i64) == "tensor([0, 0, 0,  ..., 0, 0, 0])"
    x = np.ones(2000, np.float32)
    x[0] = 1e-8
    assert format_tensor(x, f32) == \
        "tensor([1.0000e-08, 1.0000e+00, 1.0000e+00,  ..., 1.0000e+00, 1.0000e+00,\n" \
        "        1.0000e+00])"


def test_summarised_2d_and_3d():
    assert format_tensor(np.arange(3000).reshape(1000, 3), i64) == (
        "tensor([[   0,    1,    2],\n        [   3,    4,    5],\n        [   6,    7,    8],\n"
        "        ...,\n        [2991, 2992, 2993],\n        [2994, 2995, 2996],\n"
        "        [2997, 2998, 2999]])")
    text = format_tensor(np.zeros((10, 10, 11), np.float32), f32)
    assert text.count("...") == 7 + 6 * 6  # one per block, two per block's rows
    assert "]],\n\n        ...,\n\n        [[" in text
    assert "0.,  ..., 0." in text


def test_small_dims_printed_in_full_inside_summarised_tensor():
    set_printoptions(threshold=5, edgeitems=1)
    arr = (np.arange(12, dtype=np.float32) * np.float32(1.5)).reshape(3, 4)
    assert format_tensor(arr, f32) == (
        "tensor([[ 0.0000,  ...,  4.5000],\n        ...,\n        [12.0000,  ..., 16.5000]])")
    assert format_tensor(np.arange(1, 9, dtype=np.float32).reshape(2, 2, 2), f32) == (
        "tensor([[[1., 2.],\n         [3., 4.]],\n\n        [[5., 6.],\n         [7., 8.]]])")


def test_huge_arrays_only_touch_shown_values():
    import tracemalloc
    big = np.arange(10 ** 7, dtype=np.float32)
    tracemalloc.start()
    try:
        text = format_tensor(big, f32)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000  # NumPy reports its buffers: no copy of the 40 MB array
    assert text == ("tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.0000e+07, 1.0000e+07,\n"
                    "        1.0000e+07])")
    square = np.ones((1000, 1000), np.float64)
    row = "[1., 1., 1.,  ..., 1., 1., 1.]"
    assert format_tensor(square, f64) == "tensor([" + ",\n        ".join(
        [row] * 3 + ["..."] + [row] * 3) + "], dtype=torch.float64)"


# --- suffixes ---------------------------------------------------------------------


def test_suffix_line_move_rule():
    assert fmt([1.] * 12, requires_grad=True) == \
        "tensor([1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1.], requires_grad=True)"
    assert fmt([1.] * 13, requires_grad=True) == \
        "tensor([1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1.],\n       requires_grad=True)"
    # each suffix is placed on its own
    assert fmt([1.] * 9, f64, grad_fn_name="MulBackward0") == (
        "tensor([1., 1., 1., 1., 1., 1., 1., 1., 1.], dtype=torch.float64,\n"
        "       grad_fn=<MulBackward0>)")
    assert fmt([1.] * 11, grad_fn_name="MulBackward0") == (
        "tensor([1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1.], grad_fn=<MulBackward0>)")


def test_grad_fn_wins_over_requires_grad():
    assert fmt([1., 2.], grad_fn_name="MulBackward0", requires_grad=True) == \
        "tensor([2., 4.], grad_fn=<MulBackward0>)".replace("2., 4.", "1., 2.")


def test_suffix_after_multiline_body_measures_last_line():
    text = fmt([[1., 2.], [3., 4.]], grad_fn_name="AddBackward0")
    assert text == "tensor([[1., 2.],\n        [3., 4.]], grad_fn=<AddBackward0>)"


def test_parameter():
    assert format_parameter(np.array([1., 2.], np.float32), f32) == \
        "Parameter containing:\ntensor([1., 2.], requires_grad=True)"
    assert format_parameter(np.ones(2, np.float32), f32, requires_grad=False) == \
        "Parameter containing:\ntensor([1., 1.])"


def test_input_array_of_another_dtype_is_converted():
    assert format_tensor(np.array([1, 0], np.uint8), b) == "tensor([ True, False])"
    assert format_tensor(np.array([0.1]), f32) == "tensor([0.1000])"


def test_size_and_return_types():
    assert printing.format_size((2, 3)) == "torch.Size([2, 3])"
    assert printing.format_size(()) == "torch.Size([])"
    assert printing.format_size([np.int64(2), 0]) == "torch.Size([2, 0])"
    values = format_tensor(np.array([5., 3.], np.float32), f32)
    indices = format_tensor(np.array([1, 0]), i64)
    assert printing.format_return_types("max", [("values", values), ("indices", indices)]) == \
        "torch.return_types.max(\nvalues=tensor([5., 3.]),\nindices=tensor([1, 0]))"


# --- print options ----------------------------------------------------------------


def test_precision_and_profiles():
    set_printoptions(precision=2)
    assert fmt([1.12345, 2.5]) == "tensor([1.12, 2.50])"
    set_printoptions(profile="default")
    assert fmt([1.12345]) == "tensor([1.1235])"
    set_printoptions(profile="short")
    assert fmt([1 / 3, 2 / 3]) == "tensor([0.33, 0.67])"
    assert format_tensor(np.arange(10), i64) == "tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])"
    set_printoptions(precision=10)
    assert fmt([0.1]) == "tensor([0.1000000015])"
    set_printoptions(precision=0)
    assert fmt([0.5, 1.25]) == "tensor([0, 1])"
    assert fmt([1.5, 2.5, 1e-5]) == "tensor([2e+00, 2e+00, 1e-05])"


def test_profile_full_and_unknown_profile():
    set_printoptions(profile="full")
    assert printing.OPTIONS.threshold == math.inf
    assert "..." not in format_tensor(np.ones(5000, np.uint8), dtypes.uint8)
    set_printoptions(precision=1)
    set_printoptions(profile="nonsense")
    assert printing.get_printoptions()["precision"] == 1


def test_sci_mode_forced_and_reset_by_every_call():
    set_printoptions(sci_mode=False)
    assert fmt([1e-5, 1.]) == "tensor([0.0000, 1.0000])"
    assert fmt([1e9, 1.]) == "tensor([1000000000.,          1.])"
    set_printoptions(sci_mode=True)
    assert fmt([1.5, 2.]) == "tensor([1.5000e+00, 2.0000e+00])"
    assert fmt([1., -2.]) == "tensor([ 1.0000e+00, -2.0000e+00])"
    assert fmt([0., 0.]) == "tensor([0., 0.])"  # nothing finite non-zero: int mode anyway
    assert fmt([INF, 0.]) == "tensor([inf, 0.])"
    set_printoptions(precision=4)  # no sci_mode given: back to automatic
    assert printing.OPTIONS.sci_mode is None
    assert fmt([1.5, 2.]) == "tensor([1.5000, 2.0000])"


def test_threshold_edgeitems_linewidth():
    set_printoptions(threshold=5)
    assert format_tensor(np.arange(10), i64) == "tensor([0, 1, 2,  ..., 7, 8, 9])"
    set_printoptions(threshold=5, edgeitems=1)
    assert format_tensor(np.arange(10, dtype=np.float32), f32) == "tensor([0.,  ..., 9.])"
    set_printoptions(linewidth=40)  # threshold and edgeitems stay as they were
    assert format_tensor(np.arange(20, dtype=np.float32), f32) == "tensor([ 0.,  ..., 19.])"
    printing.reset_printoptions()
    set_printoptions(linewidth=40)
    assert format_tensor(np.arange(20, dtype=np.float32), f32) == (
        "tensor([ 0.,  1.,  2.,  3.,  4.,  5.,\n"
        "         6.,  7.,  8.,  9., 10., 11.,\n"
        "        12., 13., 14., 15., 16., 17.,\n"
        "        18., 19.])")
    set_printoptions(linewidth=5)
    assert fmt([1.5, 2.5], requires_grad=True) == \
        "tensor([1.5000,\n        2.5000],\n       requires_grad=True)"


def test_edgeitems_zero_degenerate_case():
    set_printoptions(edgeitems=0, threshold=5)
    assert format_tensor(np.arange(10, dtype=np.int32), i32) == \
        "tensor([...], size=(10,), dtype=torch.int32)"
    assert format_tensor(np.arange(4, dtype=np.float32), f32) == \
        "tensor([0., 1., 2., 3.], size=(4,))"
    assert fmt(3.) == "tensor(3., size=())"
    assert format_tensor(np.zeros((0, 2), np.float32), f32) == "tensor([], size=(0, 2))"


def test_exotic_options_checked_against_torch():
    set_printoptions(precision=20)
    assert fmt([0.1, 1 / 3]) == "tensor([0.10000000149011611938, 0.33333334326744079590])"
    assert fmt([1e-20, 1.]) == "tensor([9.99999968265522538897e-21, 1.00000000000000000000e+00])"
    set_printoptions(profile="default", linewidth=0)
    assert fmt([1.5, 2.5], f64, grad_fn_name="MulBackward0") == (
        "tensor([1.5000,\n        2.5000],\n       dtype=torch.float64,\n"
        "       grad_fn=<MulBackward0>)")
    set_printoptions(linewidth=-5)
    assert format_tensor(np.arange(4), i64) == "tensor([0,\n        1,\n        2,\n        3])"
    set_printoptions(edgeitems=10, threshold=5)  # no dimension longer than 20: nothing cut
    assert "..." not in format_tensor(np.arange(30, dtype=np.float32).reshape(3, 10), f32)
    printing.reset_printoptions()
    set_printoptions(threshold=0)
    assert fmt(3.) == "tensor(3.)"
    assert fmt([3.]) == "tensor([3.])"
    set_printoptions(sci_mode=True, precision=0)
    assert fmt([123.456, 0.]) == "tensor([1e+02, 0e+00])"


def test_six_dims_and_long_inner_dim():
    text = format_tensor(np.arange(64, dtype=np.float32).reshape(2, 2, 2, 2, 2, 2), f32)
    assert text.startswith("tensor([[[[[[ 0.,  1.],\n            [ 2.,  3.]],\n\n")
    assert "]]]]],\n\n\n\n\n        [[[[[32., 33.]," in text
    column = np.arange(2000, dtype=np.float32).reshape(1, 1, 2000, 1)
    assert format_tensor(column, f32) == (
        "tensor([[[[0.0000e+00],\n          [1.0000e+00],\n          [2.0000e+00],\n"
        "          ...,\n          [1.9970e+03],\n          [1.9980e+03],\n"
        "          [1.9990e+03]]]])")


@pytest.mark.parametrize("values, dtype, text", [
    ([65504.], dtypes.float16, "tensor([65504.], dtype=torch.float16)"),
    ([2 ** 53 + 1.0, 1.], f64, "tensor([9.0072e+15, 1.0000e+00], dtype=torch.float64)"),
    ([1e8, 1e-5], f32, "tensor([1.0000e+08, 1.0000e-05])"),
    ([NAN, -0.0], f32, "tensor([nan, -0.])"),
    ([1e-45], f32, "tensor([1.4013e-45])"),  # float32 subnormal
])
def test_extreme_values(values, dtype, text):
    assert fmt(values, dtype) == text


def test_get_printoptions():
    assert printing.get_printoptions() == {"precision": 4, "threshold": 1000, "edgeitems": 3,
                                           "linewidth": 80, "sci_mode": None}


# --- the random corpus (generated by tests/gen_print_corpus.py) ---------------------


def _corpus():
    with open(os.path.join(GOLDEN, "print_corpus.jsonl")) as f:
        return [json.loads(line) for line in f]


def _rebuild(entry):
    dtype = dtypes.by_name(entry["dtype"])
    if dtype.is_floating_point:
        wide = np.array([float(v) for v in entry["values"]], dtype=np.float64)
        arr = wide.astype(dtype.np)
        assert np.array_equal(arr.astype(np.float64), wide, equal_nan=True)  # exact
    else:
        arr = np.array(entry["values"], dtype=dtype.np)
    return arr.reshape(entry["shape"]), dtype


def test_corpus():
    entries = _corpus()
    assert len(entries) >= 1000
    failures = []
    for entry in entries:
        printing.reset_printoptions()
        set_printoptions(**entry["options"])
        arr, dtype = _rebuild(entry)
        show = format_parameter if entry["parameter"] else format_tensor
        got = show(arr, dtype, grad_fn_name=entry["grad_fn"],
                   requires_grad=entry["requires_grad"])
        if got != entry["expected"]:
            failures.append((entry["id"], got, entry["expected"]))
    assert not failures, failures[:3]


# --- reference vectors of the form print(torch.tensor(<literal>)) -------------------

def _is_call(node, name):
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
        and node.func.attr == name


def _simple_program(code):
    """For `[torch.set_printoptions(..)] print(torch.tensor(..))` programs (also with
    torch.nn.Parameter around the tensor): (options call or None, tensor call, is_param)."""
    body = ast.parse(code).body
    if len(body) not in (2, 3) or not isinstance(body[0], ast.Import):
        return None
    opts = None
    if len(body) == 3:
        opts = body[1].value if isinstance(body[1], ast.Expr) else None
        if not _is_call(opts, "set_printoptions"):
            return None
    last = body[-1]
    if not (isinstance(last, ast.Expr) and isinstance(last.value, ast.Call)
            and getattr(last.value.func, "id", None) == "print" and len(last.value.args) == 1):
        return None
    node = last.value.args[0]
    param = _is_call(node, "Parameter") and len(node.args) == 1 and not node.keywords
    if param:
        node = node.args[0]
    if _is_call(node, "tensor") and getattr(node.func.value, "id", None) == "torch":
        return opts, node, param
    return None


def _literal(node):
    """Evaluate the literal subset used by the vectors (numbers, lists, float('nan'))."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.List):
        return [_literal(e) for e in node.elts]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_literal(node.operand)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        return _literal(node.left) / _literal(node.right)
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "float":
        return float(_literal(node.args[0]))
    if isinstance(node, ast.Attribute):  # torch.float64 etc.
        return dtypes.TORCH_NAMES[node.attr]
    raise ValueError(ast.dump(node))


def _leaves(x):
    return [v for item in x for v in _leaves(item)] if isinstance(x, list) else [x]


def _simple_vectors():
    with open(os.path.join(GOLDEN, "printing_vectors.jsonl")) as f:
        vectors = [json.loads(line) for line in f]
    for vec in vectors:
        found = _simple_program(vec["code"])
        if found is None:
            continue
        opts, call, param = found
        try:
            data = _literal(call.args[0])
            kw = {k.arg: _literal(k.value) for k in call.keywords}
            opts = {k.arg: _literal(k.value) for k in opts.keywords} if opts else {}
        except (ValueError, KeyError):
            continue  # complex numbers, bfloat16 ...
        yield vec, data, kw, opts, param


def test_reference_vectors_with_literal_tensors():
    checked = 0
    for vec, data, kw, opts, param in _simple_vectors():
        leaves = _leaves(data)
        dtype = kw.get("dtype")
        if dtype is None:
            kinds = {type(v) for v in leaves}
            dtype = f32 if float in kinds else i64 if int in kinds else b if kinds else f32
        arr = np.array(data, dtype=np.float64 if dtype.is_floating_point else dtype.np)
        printing.reset_printoptions()
        set_printoptions(**opts)
        rg = bool(kw.get("requires_grad")) or param
        text = (format_parameter if param else format_tensor)(
            arr.astype(dtype.np), dtype, requires_grad=rg)
        assert text + "\n" == vec["stdout"], vec["id"]
        checked += 1
    assert checked >= 80
