"""PyTorch-identical sums, means and cumulative sums of float32 / float64 NumPy arrays.

torch 2.13 on x86-64 adds floating-point numbers in one fixed order, and scripts print
``x.sum().item()`` at full precision, so the engine has to reproduce that order bit for bit.
NumPy's pairwise ``np.sum`` agrees only about a third of the time.  The order, measured and
checked against the real torch (the project's reference notes on reductions), is:

* ``_cascade`` (a "multi-row sum"): the rows of axis 0 are added in blocks of ``step`` (16)
  rows, left to right; block sums are carried up through four accumulator levels
  (every block, every step**2 rows, every step**3 rows); tail rows go into level 0; the
  result is ``((l0 + l1) + l2) + l3``.  Every column is independent.
* ``_row_sum``: the rows are split mod 4 ("ILP-4"), each residue class is a cascade, the
  ``n % 4`` leftover rows are added to class 0 and the four classes are added in order.
* ``_inner_vec_sum`` (a contiguous run of n >= V elements, V = 8 lanes for float32, 4 for
  float64): ``_row_sum`` over the n // V vectors, then a scalar starting at 0 takes the
  scalar tail first and the V lanes after it.
* The kernel sees a 2-D problem ``(size0, size1)`` built the way TensorIterator builds it:
  size-1 dims dropped, reduced dims moved innermost (sorted by input stride), kept dims
  ordered by output stride, adjacent compatible dims merged.  It picks: contiguous
  reduced dim with size0 >= V -> ``_inner_vec_sum`` per column; contiguous kept dim with
  size1 >= V -> groups of 4*V columns use ``_cascade``, the rest ``_row_sum``; otherwise
  scalar: inner (every column ``_row_sum``) if the reduced stride is the smaller one, else
  outer (groups of 4 columns use ``_cascade``, the rest ``_row_sum``).  Outer dims are
  looped over, each call doing ``out += value``; so reduced dims beyond the first two are
  a plain left-to-right sum of the per-call results (dim 1 fastest).
* A full reduction of >= 32768 (GRAIN_SIZE) elements with 2 threads is split into
  ``T = min(threads, ceil(n / 32768))`` equal chunks of the iteration order, each reduced
  on its own (a chunk may start or end mid-row), and the per-thread results are summed as
  a small 1-D tensor.
* A partial reduction of >= 32768 elements hands ranges of one kept dim to the threads:
  from the outermost kept dim inwards, the first with >= 2 entries.  The range boundary is
  rounded down to 32 columns (128 bytes) when that dim is contiguous; the kernel's 4- and
  32-column groups restart at each boundary, which changes bits only for strided input.
  Verified on 52 shapes with the oracle (tests/golden/reduce/cases_split.json).
* Every result is stored as ``0 + value``, so ``-0.0`` sums print as ``0.0``.
* ``mean`` is the sum divided (one float32 division) by the number of reduced elements.
* ``cumsum`` of float32 keeps a float64 running sum and rounds each output.

Layout: like torch, the order follows the array's memory layout, so a transposed view
(``a.T``, ``np.transpose``) is summed the way torch sums the transposed tensor.  Arrays with
negative or zero strides (NumPy-only layouts: flips, broadcasts) are copied to C order first.

float64 follows the same kernel with V = 4 lanes (AVX2 doubles) and 16-column groups.

Evidence (bit-exact against torch 2.13.0+cpu with 2 threads; goldens in tests/golden/reduce):
1-D sum/mean for n = 0..300, a sample up to 5000 and 13 sizes from 32767 to 3000001
(1388 cases); 2-D sum/mean along 0, 1 and both for 36 shapes (252); every dim subset of
12 N-D shapes, middle dims included (136); transposed / sliced / offset views (168); strided
partial sums that exercise the thread split (56); float64 (186); cumsum (16); signed zeros,
infinities, overflow and NaN; 68 of the 76 shared reduction vectors (the rest are dot/mv/mm
or need 10**6 torch sin values).  No case has been found that differs.
"""
from __future__ import annotations

import numpy as np

__all__ = ["sum_f32", "mean_f32", "cumsum_f32", "sum_f64", "mean_f64", "cumsum_f64",
           "reduce_sum", "NUM_THREADS", "GRAIN_SIZE"]

NUM_THREADS = 2          # torch.get_num_threads() on the oracle
GRAIN_SIZE = 32768       # at::internal::GRAIN_SIZE
_ACC_LEVELS = 4
_SHORTCUTS = True        # fast paths for common cases; tests turn them off to cross-check


# ---------------------------------------------------------------------------------------
# building blocks: all reduce axis 0 of x and keep the trailing axes as independent columns
# ---------------------------------------------------------------------------------------

def _seq(x: np.ndarray) -> np.ndarray:
    """Left-to-right sum over axis 0 (0 + x[0] + x[1] + ...), in x's dtype."""
    k = x.shape[0]
    if k == 0:
        return np.zeros(x.shape[1:], x.dtype)
    if k == 1:
        return x[0].copy()
    if x.ndim == 1 or x[0].size <= 64 or (k > 32 and x.ndim == 2):
        return np.add.accumulate(x, axis=0)[-1]    # strictly left to right
    acc = x[0] + x[1]
    for i in range(2, k):
        acc += x[i]
    return acc


def _seq_blocks(x: np.ndarray, step: int) -> np.ndarray:
    """x has shape (nblocks, step, ...): left-to-right sum of each block of ``step`` rows."""
    if x.size <= 8192:                               # small: one call beats step calls
        return np.add.accumulate(x, axis=1)[:, -1]
    if _REDUCE_IS_SEQUENTIAL and _step_axis_is_slow(x):
        # NumPy adds row by row when the reduced axis is not the fastest one in memory
        # (documented for np.sum with an axis; checked at import by _check_reduce_order)
        return np.add.reduce(x, axis=1)
    acc = x[:, 0] + x[:, 1]
    for s in range(2, step):
        acc += x[:, s]
    return acc


def _step_axis_is_slow(x: np.ndarray) -> bool:
    """Some column axis with at least 8 entries is contiguous (stride = one item)."""
    item = x.itemsize
    return any(x.strides[d] == item and x.shape[d] >= 8 for d in range(2, x.ndim))


def _check_reduce_order() -> bool:
    """Does np.add.reduce over the step axis add strictly left to right (here), for a
    contiguous array and for columns behind a large stride?"""
    big, one = np.float32(2.0**24), np.float32(1.0)
    x = np.zeros((600, 16, 32), np.float32)
    y = np.zeros((50, 48 * 16 * 8), np.float32).T.reshape(48, 16, 8, 50)
    for z in (x, y):
        z[:, 0::2] = one                             # 1 + 2**24 rounds back to 2**24 ...
        z[:, 1] = big                                # ... only in left-to-right order
        z[:, 15] = -big
        acc = z[:, 0] + z[:, 1]
        for s in range(2, 16):
            acc += z[:, s]
        if not (_step_axis_is_slow(z) and np.array_equal(np.add.reduce(z, axis=1), acc)):
            return False
    return True


_REDUCE_IS_SEQUENTIAL = _check_reduce_order()


def _ceil_log2(x: int) -> int:
    return 1 if x <= 2 else (x - 1).bit_length()


def _cascade(x: np.ndarray) -> np.ndarray:
    """Four-level cascade sum over axis 0 (torch's multi_row_sum); each column on its own.

    Empty levels are skipped: adding torch's 0.0 only ever changes the sign of a zero, and
    every result is stored as ``0 + value`` anyway."""
    size = x.shape[0]
    lp = max(4, _ceil_log2(size) // 4)
    step = 1 << lp
    nb = size // step
    if nb == 0:
        return _seq(x)                               # only tail rows
    cols = x.shape[1:]
    levels = [_seq(x[nb * step:])] if size > nb * step else []     # level 0: tail rows
    b = _seq_blocks(x[:nb * step].reshape((nb, step) + cols), step)   # block sums
    for _ in range(_ACC_LEVELS - 2):                 # levels 1 and 2 reset after a carry
        ng = b.shape[0] // step
        if ng * step < b.shape[0]:
            levels.append(_seq(b[ng * step:]))       # the unfinished group
        if ng == 0:
            break
        b = _seq_blocks(b[:ng * step].reshape((ng, step) + cols), step)
    else:
        levels.append(_seq(b))                       # level 3 never resets
    res = levels[0]
    for lv in levels[1:]:
        res = res + lv
    return res


def _row_sum(x: np.ndarray) -> np.ndarray:
    """ILP-4 sum over axis 0: rows split mod 4, each a cascade, leftovers into class 0."""
    n = x.shape[0]
    m = n // 4
    cols = x.shape[1:]
    if m:
        p = _cascade(x[:4 * m].reshape((m, 4) + cols))
        p0 = p[0]
        if n > 4 * m:
            p0 = p0 + _seq(x[4 * m:]) if n - 4 * m == 1 else _seq(np.concatenate((p0[None], x[4 * m:])))
        return ((p0 + p[1]) + p[2]) + p[3]
    return _seq(x)


def _inner_vec_sum(x: np.ndarray, lanes: int) -> np.ndarray:
    """Contiguous run of n >= lanes: vectors through ``_row_sum``, then tail, then lanes."""
    n = x.shape[0]
    nv = n // lanes
    cols = x.shape[1:]
    va = _row_sum(x[:nv * lanes].reshape((nv, lanes) + cols))
    return _seq(np.concatenate((x[nv * lanes:], va)))


def _loop2d(w: np.ndarray, s0: int, s1: int, lanes: int) -> np.ndarray:
    """The 2-D kernel on w of shape (size0, size1, *outer); s0, s1 are element strides."""
    size0, size1 = w.shape[0], w.shape[1]
    if w.shape[1:] == (1,):                         # one column: drop the size-1 axis (faster)
        return _loop2d_1col(w[:, 0], s0, lanes)[None]
    if s0 == 1 and size0 >= lanes:
        return _inner_vec_sum(w, lanes)
    if s1 == 1 and size1 >= lanes:
        group = 4 * lanes
    elif s0 < s1:
        group = size1 + 1          # scalar inner sum: every column through _row_sum
    else:
        group = 4                  # scalar outer sum
    g = (size1 // group) * group
    if g == 0:
        return _row_sum(w)
    if g == size1:
        return _cascade(w)
    return np.concatenate((_cascade(w[:, :g]), _row_sum(w[:, g:])), axis=0)


def _loop2d_1col(x: np.ndarray, s0: int, lanes: int) -> np.ndarray:
    if s0 == 1 and x.shape[0] >= lanes:
        return _inner_vec_sum(x, lanes)
    return _row_sum(x)


# ---------------------------------------------------------------------------------------
# TensorIterator-style plan: order, merge, then run the kernel
# ---------------------------------------------------------------------------------------

def _plan(a: np.ndarray, red: tuple[bool, ...]) -> list[list]:
    """Iteration dims innermost first as [size, element stride, reduced, out stride, dims].

    Reduced dims go innermost, sorted by input stride; kept dims follow, ordered by their
    stride in the (C-contiguous) output.  Neighbours merge when both the input and the
    output stride of the outer one equal stride * size of the inner one.  ``dims`` lists
    the logical dims of a merged entry, innermost first.
    """
    item = a.itemsize
    dims = []
    ostride = 1
    for d in range(a.ndim - 1, -1, -1):
        size = a.shape[d]
        if size == 1:
            continue
        if red[d]:
            dims.append((size, a.strides[d] // item, True, 0, d))
        else:
            dims.append((size, a.strides[d] // item, False, ostride, d))
            ostride *= size
    reduced = sorted((t for t in dims if t[2]), key=lambda t: t[1])
    kept = [t for t in dims if not t[2]]            # already innermost (last logical) first
    merged: list[list] = []
    for size, st, r, ost, d in reduced + kept:
        if merged:
            prev = merged[-1]
            if prev[2] == r and st == prev[1] * prev[0] and ost == prev[3] * prev[0]:
                prev[0] *= size
                prev[4].append(d)
                continue
        merged.append([size, st, r, ost, [d]])
    while len(merged) < 2:
        merged.append([1, 0, False, 0, []])
    return merged


def _view(a: np.ndarray, plan: list[list]) -> np.ndarray:
    """a seen with the plan's iteration dims as axes, innermost first (a view, no copy)."""
    nz = [d for d in range(a.ndim) if a.shape[d] != 1]
    pos = {d: i for i, d in enumerate(nz)}
    order = [pos[d] for entry in plan for d in reversed(entry[4])]
    a2 = a.reshape([a.shape[d] for d in nz]).transpose(order)
    return a2.reshape([entry[0] for entry in plan])


def _serial(w: np.ndarray, st: list[int], nred: int, lanes: int) -> np.ndarray:
    """Whole-iterator serial run; w axes innermost first.  Returns kept dims innermost first."""
    if nred == 0:
        return w + w.dtype.type(0)
    v = _loop2d(w, st[0], st[1], lanes)             # shape (size1, *outer)
    if nred >= 2:
        k = nred - 1                                # reduced axes of v, fastest first
        rest = v.shape[k:]
        v = v.transpose(tuple(range(k - 1, -1, -1)) + tuple(range(k, v.ndim)))
        v = _seq(v.reshape((-1,) + rest))
    return v


def _chunk_value(w: np.ndarray, st: list[int], begin: int, end: int, lanes: int):
    """One thread's part [begin, end) of a full reduction, walked like DimCounter."""
    shape = w.shape
    total = np.zeros((), w.dtype)
    offset = begin
    while offset < end:
        idx, rem = [], offset
        for s in shape:
            idx.append(rem % s)
            rem //= s
        step0 = min(shape[0] - idx[0], end - offset)
        step1 = 1
        if idx[0] == 0:
            step1 = max(1, min(shape[1] - idx[1], (end - offset) // shape[0]))
        block = w[(slice(idx[0], idx[0] + step0), slice(idx[1], idx[1] + step1)) + tuple(idx[2:])]
        vals = _loop2d(block, st[0], st[1], lanes).ravel()
        total = _seq(np.concatenate((total.reshape(1), vals)))
        offset += step0 * step1
    return total


def _two_pass(w: np.ndarray, st: list[int], lanes: int) -> np.ndarray:
    """Full reduction of >= GRAIN_SIZE elements: one chunk per thread, then sum the buffer."""
    numel = w.size
    nt = min(NUM_THREADS, -(-numel // GRAIN_SIZE))
    chunk = -(-numel // nt)
    buf = np.zeros(NUM_THREADS, w.dtype)
    for t in range(nt):
        buf[t] = _chunk_value(w, st, t * chunk, min(numel, (t + 1) * chunk), lanes)
    return _flat_sum(buf, lanes)


def _split_dim(plan: list[list]) -> int:
    """The kept iteration dim that parallel_dim_reduction hands out to the threads: from the
    outermost inwards, the first one with at least NUM_THREADS entries (else the largest)."""
    best = len(plan) - 1
    for d in range(len(plan) - 1, -1, -1):
        if plan[d][2]:
            break
        if plan[d][0] >= NUM_THREADS:
            return d
        if plan[d][0] > plan[best][0]:
            best = d
    return best


def _split_columns(w: np.ndarray, plan: list[list], nred: int, lanes: int) -> np.ndarray:
    """Partial reduction of >= GRAIN_SIZE elements: the threads each take a range of one kept
    dim (rounded to 128-byte column groups when that dim is contiguous); the 4-column and
    4*lanes-column groups of the kernel restart at every range start."""
    st = [entry[1] for entry in plan]
    dim = _split_dim(plan)
    cols = w.shape[dim]
    nt = min(NUM_THREADS, cols)
    chunk = -(-cols // nt)
    multiple = 128 // w.itemsize if st[dim] == 1 else 1
    out = None
    for t in range(nt):
        begin, end = t * chunk, min(cols, (t + 1) * chunk)
        if begin >= end:
            continue
        begin -= begin % multiple
        if end != cols:
            end -= end % multiple
        if begin == end:
            continue
        piece = _serial(w[(slice(None),) * dim + (slice(begin, end),)], st, nred, lanes)
        if begin == 0 and end == cols:
            return piece
        if out is None:
            out = np.empty(w.shape[nred:], w.dtype)
        out[(slice(None),) * (dim - nred) + (slice(begin, end),)] = piece
    return out


def _flat_sum(x: np.ndarray, lanes: int) -> np.ndarray:
    """Serial sum of a contiguous 1-D array (the common case, kept short for small n)."""
    n = x.shape[0]
    if n >= 64 * lanes or (n >= lanes and not _SHORTCUTS):
        return _inner_vec_sum(x, lanes)
    if n >= lanes:
        return _small_vec_sum(x, lanes)
    if n >= 5:                                      # ILP-4 order: x0, x4, x5, x6, x1, x2, x3
        x = x[_SMALL_ORDER[n]]
    elif n == 0:
        return np.zeros((), x.dtype)
    return np.add.accumulate(x)[-1]


def _small_vec_sum(x: np.ndarray, lanes: int) -> np.ndarray:
    """``_inner_vec_sum`` for lanes <= n < 64 * lanes, where the cascade is one partial
    block, written with as few NumPy calls as possible."""
    n = x.shape[0]
    nv = n // lanes
    m = nv // 4
    if m:
        rows = x[:4 * lanes * m].reshape(m, 4 * lanes)
        if m > 4:
            p = np.add.accumulate(rows, axis=0)[-1]
        else:
            p = rows[0].copy()
            for i in range(1, m):
                p += rows[i]
        p = p.reshape(4, lanes)
        p0 = p[0]
        for j in range(4 * m, nv):
            p0 += x[j * lanes:(j + 1) * lanes]
        va = p0 + p[1]
        va += p[2]
        va += p[3]
    else:
        va = x[:lanes].copy()
        for j in range(1, nv):
            va += x[j * lanes:(j + 1) * lanes]
    t = n - nv * lanes
    buf = np.empty(t + lanes, x.dtype)
    buf[:t] = x[nv * lanes:]
    buf[t:] = va
    return np.add.accumulate(buf)[-1]


_SMALL_ORDER = {5: [0, 4, 1, 2, 3], 6: [0, 4, 5, 1, 2, 3], 7: [0, 4, 5, 6, 1, 2, 3]}


def _contiguous_block(a: np.ndarray, rd: list[int], lanes: int):
    """C-contiguous input reduced over its leading or trailing dims: a 2-D problem at once
    (the general plan gives the same answer, this only skips its bookkeeping).  None if the
    shortcut does not apply."""
    k = len(rd)
    inner = 1
    for d in rd:
        inner *= a.shape[d]
    outer = a.size // inner
    if outer == 1 and a.size >= GRAIN_SIZE:
        return None                                  # a full reduction: two-pass
    if rd[-1] == a.ndim - 1 and rd[0] == a.ndim - k:      # trailing dims: rows
        return _loop2d(a.reshape(outer, inner).T, 1, inner, lanes)
    if rd[0] == 0 and rd[-1] == k - 1:                    # leading dims: columns
        return _loop2d(a.reshape(inner, outer), outer, 1, lanes)
    return None


def reduce_sum(a: np.ndarray, dims=None, keepdim: bool = False, lanes: int = 8) -> np.ndarray:
    """torch.sum for a float array in its own dtype; ``lanes`` is the kernel's vector width."""
    ndim = a.ndim
    dt = a.dtype
    zero = dt.type(0)
    if _SHORTCUTS and dims is None and not keepdim and a.flags.c_contiguous and 0 < a.size < GRAIN_SIZE:
        return np.asarray(_flat_sum(a.reshape(-1), lanes) + zero)   # fast path: small full sums
    rdims = _norm_dims(dims, ndim)
    red = tuple(d in rdims for d in range(ndim))
    out_shape = tuple(1 if red[d] else a.shape[d] for d in range(ndim) if keepdim or not red[d])
    if a.size == 0:
        return np.zeros(out_shape, dt)
    if _SHORTCUTS and a.flags.c_contiguous and rdims:
        res = _contiguous_block(a, sorted(rdims), lanes)
        if res is not None:
            return (res + zero).reshape(out_shape)
    if any(s <= 0 for s, n in zip(a.strides, a.shape) if n > 1):
        a = np.ascontiguousarray(a)           # flips and broadcasts have no torch layout
    plan = _plan(a, red)
    w = _view(a, plan)
    st = [entry[1] for entry in plan]
    nred = sum(1 for entry in plan if entry[2])
    full = all(entry[2] or entry[0] == 1 for entry in plan)
    if a.size >= GRAIN_SIZE and NUM_THREADS > 1 and nred:
        if full:
            return (_two_pass(w, st, lanes) + zero).reshape(out_shape)
        res = _split_columns(w, plan, nred, lanes) + zero
    else:
        res = _serial(w, st, nred, lanes) + zero
    # kept dims come back innermost first: reverse to logical order
    res = res.transpose(tuple(range(res.ndim - 1, -1, -1)))
    return res.reshape(out_shape)


def _norm_dims(dims, ndim: int) -> set[int]:
    if dims is None:
        return set(range(ndim))
    if isinstance(dims, (int, np.integer)):
        dims = (int(dims),)
    if len(dims) == 0:
        return set(range(ndim))
    lo, hi = -max(ndim, 1), max(ndim, 1) - 1
    out: set[int] = set()
    for d in dims:
        if not lo <= d <= hi:
            raise IndexError(f"Dimension out of range (expected to be in range of [{lo}, {hi}], but got {d})")
        d = d % max(ndim, 1)
        if d in out:
            raise RuntimeError(f"dim {d} appears multiple times in the list of dims")
        out.add(d)
    return {d for d in out if d < ndim}


# ---------------------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------------------

def sum_f32(a: np.ndarray, dims: tuple[int, ...] | None = None, keepdim: bool = False) -> np.ndarray:
    """``torch.sum`` of a float32 array (dims None = all); float32 result, torch's exact bits."""
    with np.errstate(over="ignore", invalid="ignore"):
        return reduce_sum(np.asarray(a, np.float32), dims, keepdim, 8)


def sum_f64(a: np.ndarray, dims: tuple[int, ...] | None = None, keepdim: bool = False) -> np.ndarray:
    """``torch.sum`` of a float64 array, same kernel with 4-lane vectors."""
    with np.errstate(over="ignore", invalid="ignore"):
        return reduce_sum(np.asarray(a, np.float64), dims, keepdim, 4)


def _count(a: np.ndarray, dims) -> int:
    if dims is None:
        return a.size
    rd = _norm_dims(dims, a.ndim)
    n = 1
    for d in rd:
        n *= a.shape[d]
    return n


def mean_f32(a: np.ndarray, dims: tuple[int, ...] | None = None, keepdim: bool = False) -> np.ndarray:
    """``torch.mean``: the float32 sum divided once by float32(number of reduced elements)."""
    a = np.asarray(a, np.float32)
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        return reduce_sum(a, dims, keepdim, 8) / np.float32(_count(a, dims))


def mean_f64(a: np.ndarray, dims: tuple[int, ...] | None = None, keepdim: bool = False) -> np.ndarray:
    a = np.asarray(a, np.float64)
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        return reduce_sum(a, dims, keepdim, 4) / np.float64(_count(a, dims))


def norm2_lastdim(a: np.ndarray) -> np.ndarray:
    """torch.linalg.vector_norm(a, 2, dim=-1) for a C-contiguous float32/float64 array, in
    the order of PyTorch's last-dim norm kernel: squares (rounded) accumulate into 8 (float32)
    or 4 (float64) lanes over whole vectors, the lanes are added left to right, then the
    squares of the tail elements one by one (float64: as fused multiply-adds); then the square
    root. Checked against PyTorch 2.13 on 80 lengths from 1 to 40,000 in both dtypes."""
    lanes = 8 if a.dtype == np.float32 else 4
    size = a.shape[-1]
    rows = a.reshape(-1, size)
    nv = size - size % lanes
    with np.errstate(over="ignore", invalid="ignore"):
        if nv:
            sq = rows[:, :nv] * rows[:, :nv]
            acc = np.add.accumulate(sq.reshape(len(rows), nv // lanes, lanes), axis=1)[:, -1]
        else:
            acc = np.zeros((len(rows), lanes), a.dtype)
        total = acc[:, 0] + a.dtype.type(0)
        for j in range(1, lanes):
            total = total + acc[:, j]
        if a.dtype == np.float64:  # here the tail's multiply-add is fused (measured)
            from .vecmath import _fma64
            for k in range(nv, size):
                x = rows[:, k]
                plain = total + x * x
                fused = _fma64(x, x, total)
                total = np.where(np.isfinite(fused) & np.isfinite(plain), fused, plain)
        else:
            for k in range(nv, size):
                total = total + rows[:, k] * rows[:, k]
        return np.sqrt(total).reshape(a.shape[:-1])


def cumsum_f32(a: np.ndarray, dim: int) -> np.ndarray:
    """``torch.cumsum`` of float32: float64 running sum, each output rounded to float32."""
    a = np.asarray(a, np.float32)
    (d,) = _norm_dims((dim,), a.ndim) or (None,)
    if a.ndim == 0:
        return a.copy()
    return np.cumsum(a, axis=d, dtype=np.float64).astype(np.float32)


def cumsum_f64(a: np.ndarray, dim: int) -> np.ndarray:
    """``torch.cumsum`` of float64: a plain float64 running sum."""
    a = np.asarray(a, np.float64)
    (d,) = _norm_dims((dim,), a.ndim) or (None,)
    if a.ndim == 0:
        return a.copy()
    return np.cumsum(a, axis=d, dtype=np.float64)
