"""PyTorch-identical CPU random numbers, on NumPy arrays.

How torch 2.13 makes random numbers on the CPU, in brief (details: the reference
notes in rng.md; every rule below was checked against real torch):

* **Engine.**  One MT19937 Mersenne Twister per generator.  ``manual_seed(s)``
  keeps ``s mod 2**64`` as the initial seed but fills the 624-word state from its
  low 32 bits with Knuth's multiplier recurrence -- the same stream that NumPy's
  legacy ``RandomState(seed)`` produces.  We therefore let a NumPy ``MT19937`` bit
  generator hold the live state and pull tempered 32-bit words from it in bulk
  (``random_raw``), never one word at a time in Python.  A 64-bit draw glues two
  words together, the first one being the high half.
* **Uniforms.**  float32 uses 24 bits of one word, float64 53 bits of a 64-bit
  draw.  ``uniform_(a, b)`` maps ``u`` with a fused ``u*(b-a) + a`` and folds a
  result equal to ``b`` back onto ``a``.
* **Normals.**  Box-Muller, two ways.  Small (< 16 elements) or non-contiguous
  tensors go element by element in double precision, and the unused sine half of
  each pair is cached in the generator for the next serial draw.  Larger
  contiguous tensors are first filled with uniforms, then transformed 16 at a
  time (elements j and j+8 pair up); a ragged end gets 16 fresh uniforms written
  over the last 16 slots.  float32 tensors run torch's AVX2 polynomial ``log`` and
  ``sincos``, which we emulate in float32 NumPy with exact fused multiply-adds
  (``random_math``); float64 uses glibc's ``log``/``log1p``/``sin``/``cos`` through
  Python's ``math`` module, because NumPy's own float64 versions may differ in the
  last bit on some CPUs and builds.
* **Integers.**  ``randint`` reduces one word (or one 64-bit draw when the range
  needs it) modulo the range; ``random_()`` without bounds does the same over the
  dtype's whole range; ``randperm`` swaps each slot with a random later one.
* **Bernoulli / dropout / Linear.**  A double uniform per element compared with a
  float ``p`` (a tensor ``p`` draws uniforms of its own dtype); dropout keeps with
  probability ``1-p`` and scales by ``1/(1-p)``; ``nn.Linear`` draws its weight
  then its bias with ``uniform_``.

Everything fills elements in row-major (storage) order.  The state serialises to
torch's 5056-byte layout, so ``get_state`` matches ``torch.get_rng_state()``.
Bad arguments raise torch's exception types and texts (``random_checks``) before
anything is drawn.
"""

from __future__ import annotations

import math
import os

import numpy as np

from . import random_checks as chk
from . import random_math as rm

__all__ = ["Generator", "default_generator", "DEFAULT_SEED", "STATE_SIZE"]

DEFAULT_SEED = 67280421310721  # what a fresh torch.Generator() starts with
STATE_SIZE = 5056  # bytes of torch's serialised CPU generator state
_N = 624
_MASK32 = 0xFFFFFFFF
_BATCH = 1 << 20  # words drawn per NumPy call when filling big tensors


def _knuth_key(seed32: int) -> np.ndarray:
    """MT19937 initial state from a 32-bit seed (the standard init_genrand)."""
    key = [0] * _N
    w = seed32
    key[0] = w
    for i in range(1, _N):
        w = (1812433253 * (w ^ (w >> 30)) + i) & _MASK32
        key[i] = w
    return np.array(key, dtype=np.uint32)


def _temper(words: np.ndarray) -> np.ndarray:
    """MT19937 output tempering of raw state words (vectorised), as uint64."""
    y = words.astype(np.uint64)
    y ^= y >> np.uint64(11)
    y ^= (y << np.uint64(7)) & np.uint64(0x9D2C5680)
    y ^= (y << np.uint64(15)) & np.uint64(0xEFC60000)
    y ^= y >> np.uint64(18)
    return y


def _numel(shape) -> int:
    """Element count of a shape given as a tuple/list (or a bare int)."""
    if isinstance(shape, (int, np.integer)):
        shape = (shape,)
    chk.check_size(shape)
    return int(math.prod(shape))


class Generator:
    """A CPU random generator reproducing torch.Generator bit for bit.

    ``Generator()`` starts from torch's fixed default seed; pass ``seed=None`` for
    a nondeterministic seed chosen lazily on first use (as the default generator).
    """

    __slots__ = ("_bg", "_seed", "_normal", "_lazy", "_pending", "_pend_next", "_idle_next")

    def __repr__(self):  # what scripts see (torch.manual_seed returns the default one)
        return f"<torch._C.Generator object at {id(self):#x}>"

    def __init__(self, seed: int | None = DEFAULT_SEED):
        self._bg = None  # NumPy MT19937 holding the live 624-word state and position
        self._seed = 0
        self._normal: float | None = None  # cached double normal sample (serial path)
        self._lazy = seed is None
        # Only needed to mirror hand-edited torch states exactly (see set_state):
        self._pending: np.ndarray | None = None  # words torch yields before its next twist
        self._pend_next = 0  # torch's 'next' index at the first pending word
        self._idle_next = 0  # torch's 'next' index while a twist is due (0 after seeding)
        if seed is not None:
            self.manual_seed(seed)

    # ------------------------------------------------------------------ seeding
    def manual_seed(self, seed: int) -> "Generator":
        """Seed like torch.manual_seed: accepts -2**63 .. 2**64-1, returns self."""
        seed = int(seed)
        if not -(2**63) <= seed < 2**64:
            raise ValueError("Overflow when unpacking long long")
        seed %= 2**64
        self._load(_knuth_key(seed & _MASK32), _N)
        self._seed = seed
        self._normal = None
        self._idle_next = 0
        self._lazy = False
        return self

    def seed(self) -> int:
        """Reseed from the OS entropy pool and return the new 64-bit seed."""
        s = int.from_bytes(os.urandom(8), "little")
        self.manual_seed(s)
        return s

    def initial_seed(self) -> int:
        self._ensure()
        return self._seed

    def _ensure(self) -> None:
        if self._lazy:
            self.seed()

    def _load(self, key: np.ndarray, pos: int) -> None:
        if self._bg is None:
            self._bg = np.random.MT19937(0)
        self._bg.state = {"bit_generator": "MT19937", "state": {"key": key, "pos": pos}}
        self._pending = None

    # -------------------------------------------------------------------- state
    # torch keeps (left, next): each draw does left -= 1, twists when it hits 0
    # (then left = 624, next = 0) and returns word[next++].  NumPy keeps pos, the
    # index of the next word, twisting at 624; normally next == pos == 625 - left.
    def get_state(self) -> np.ndarray:
        """torch's serialised state: uint8[5056] (seed, left, seeded, next, 624
        words as uint64, legacy normal fields, float normal fields)."""
        self._ensure()
        st = self._bg.state["state"]
        pos = int(st["pos"])
        if self._pending is not None:
            left, nxt = len(self._pending) + 1, self._pend_next
        elif pos == _N:
            left, nxt = 1, self._idle_next
        else:
            left, nxt = _N + 1 - pos, pos
        buf = bytearray(STATE_SIZE)
        buf[0:8] = np.array([self._seed], dtype="<u8").tobytes()
        buf[8:16] = np.array([left, 1], dtype="<i4").tobytes()
        buf[16:24] = np.array([nxt], dtype="<u8").tobytes()
        buf[24:24 + 8 * _N] = np.asarray(st["key"], dtype="<u8").tobytes()
        off = 24 + 8 * _N  # normal_x, normal_y, normal_rho, normal_is_valid
        if self._normal is not None:
            buf[off + 8:off + 16] = np.array([self._normal], dtype="<f8").tobytes()
            buf[off + 24:off + 28] = np.array([1], dtype="<i4").tobytes()
        return np.frombuffer(bytes(buf), dtype=np.uint8).copy()

    def set_state(self, state: np.ndarray) -> None:
        """Restore a state produced by get_state (or by torch.get_rng_state)."""
        raw = np.ascontiguousarray(state)
        if raw.dtype != np.uint8:
            raise TypeError("RNG state must be a torch.ByteTensor")
        if raw.size != STATE_SIZE:
            raise RuntimeError(
                f"Expected a CPUGeneratorImplState of size {STATE_SIZE} but found the "
                f"input RNG state size to be {raw.size}")
        b = raw.ravel().tobytes()
        seed = int(np.frombuffer(b, "<u8", 1, 0)[0])
        left, seeded = (int(v) for v in np.frombuffer(b, "<i4", 2, 8))
        nxt = int(np.frombuffer(b, "<u8", 1, 16)[0])
        if not (seeded and 0 < left <= _N and nxt <= _N):
            raise RuntimeError("Invalid mt19937 state")
        if left > 1 and nxt + left > _N + 1:
            raise NotImplementedError("mt19937 state reading past its 624 words")
        key = np.frombuffer(b, "<u8", _N, 24).astype(np.uint32)  # torch keeps 32 bits
        off = 24 + 8 * _N
        valid = int(np.frombuffer(b, "<i4", 1, off + 24)[0])
        if left == 1 or nxt + left == _N + 1:
            self._load(key, _N if left == 1 else nxt)
        else:  # hand-edited (left, next): torch reads words next.. then twists
            self._load(key, _N)
            self._pending = _temper(key[nxt:nxt + left - 1])
            self._pend_next = nxt
        self._idle_next = nxt + left - 1 if left > 1 else nxt
        self._seed = seed
        self._normal = float(np.frombuffer(b, "<f8", 1, off + 8)[0]) if valid else None
        self._lazy = False

    # --------------------------------------------------------------- raw draws
    def _words(self, n: int) -> np.ndarray:
        """The next n tempered 32-bit outputs, as uint64."""
        self._ensure()
        if n <= 0:
            return np.empty(0, dtype=np.uint64)
        if self._pending is not None:
            head, self._pending = self._pending[:n], self._pending[n:]
            self._pend_next += len(head)
            if not len(self._pending):
                self._pending = None
            if len(head) == n:
                return head
            return np.concatenate([head, self._words(n - len(head))])
        self._idle_next = _N
        return self._bg.random_raw(n)

    def _words64(self, n: int) -> np.ndarray:
        """n 64-bit draws: the first word of each pair is the high half."""
        w = self._words(2 * n).reshape(n, 2)
        return (w[:, 0] << np.uint64(32)) | w[:, 1]

    def _unit32(self, n: int) -> np.ndarray:
        """n float32 uniforms in [0, 1): 24 random bits each."""
        out = np.empty(n, dtype=np.float32)
        for i in range(0, n, _BATCH):  # batches bound the uint64 temporaries
            w = self._words(min(_BATCH, n - i))
            out[i:i + len(w)] = (w & np.uint64(0xFFFFFF)).astype(np.float32)
        out *= np.float32(2.0**-24)
        return out

    def _unit64(self, n: int) -> np.ndarray:
        """n float64 uniforms in [0, 1): 53 random bits each."""
        out = np.empty(n, dtype=np.float64)
        for i in range(0, n, _BATCH):
            r = self._words64(min(_BATCH, n - i)) & np.uint64((1 << 53) - 1)
            out[i:i + len(r)] = r.astype(np.float64)
        out *= 2.0**-53
        return out

    def _unit(self, n: int, dtype: np.dtype) -> np.ndarray:
        return self._unit32(n) if dtype == np.float32 else self._unit64(n)

    # ------------------------------------------------------------------ uniform
    def rand(self, shape, dtype=np.float32) -> np.ndarray:
        """torch.rand / rand_like: uniforms in [0, 1)."""
        dt = chk.check_float_dtype(dtype, "check_uniform_bounds")
        return self._unit(_numel(shape), dt).reshape(shape)

    def uniform(self, shape, a: float, b: float, dtype=np.float32) -> np.ndarray:
        """Tensor.uniform_(a, b) on a tensor of this shape and dtype."""
        dt = chk.check_float_dtype(dtype, "check_uniform_bounds")
        chk.check_uniform(a, b, dt)
        u = self._unit(_numel(shape), dt)
        if dt == np.float32:
            lo, hi = np.float32(a), np.float32(b)
            v = u if (lo == 0 and hi == 1) else rm.fma32(u, hi - lo, lo)
        else:
            lo, hi = float(a), float(b)
            v = u if (lo == 0 and hi == 1) else rm.fma64(u, hi - lo, lo)
        v = np.where(v == hi, lo, v).astype(dt)
        return v.reshape(shape)

    # ------------------------------------------------------------------- normal
    def normal(self, shape, mean: float = 0.0, std: float = 1.0, dtype=np.float32,
               contiguous: bool = True) -> np.ndarray:
        """torch.randn / randn_like / Tensor.normal_(mean, std) / normal(m, s, size).

        ``contiguous=False`` selects torch's serial path (used for non-contiguous
        destinations); its values come out in the destination's storage order, so
        for a transposed view pass the base shape and transpose the result.
        """
        dt = chk.check_float_dtype(dtype, "normal_kernel_cpu")
        chk.check_std(std)
        n = _numel(shape)
        if n >= 16 and contiguous:
            out = self._normal_vectorised(n, float(mean), float(std), dt)
        else:
            out = self._normal_serial(n, float(mean), float(std)).astype(dt)
        return out.reshape(shape)

    def _normal_serial(self, n: int, mean: float, std: float) -> np.ndarray:
        z = np.empty(n, dtype=np.float64)
        start = 0
        if n and self._normal is not None:
            z[0] = self._normal
            self._normal = None
            start = 1
        m = n - start
        pairs = (m + 1) // 2
        if pairs:
            u = self._unit64(2 * pairs).reshape(pairs, 2)
            cos, sin = rm.box_muller_pairs(u[:, 0], u[:, 1])
            both = np.stack([cos, sin], axis=1).ravel()
            z[start:] = both[:m]
            if m % 2:
                self._normal = float(sin[-1])
        if std != 1.0 or mean != 0.0:
            z = rm.fma64(z, std, mean)
        return z

    def _normal_vectorised(self, n: int, mean: float, std: float, dt: np.dtype) -> np.ndarray:
        transform = rm.normal_transform32 if dt == np.float32 else rm.normal_transform64
        d = self._unit(n, dt)
        full = n - n % 16
        rows = [d[:full].reshape(-1, 16)]
        if full != n:
            rows.append(self._unit(16, dt).reshape(1, 16))  # ragged end: 16 fresh uniforms
        done = transform(np.concatenate(rows), mean, std).ravel()
        d[:full] = done[:full]
        if full != n:
            d[n - 16:] = done[full:]
        return d

    def normal_tensor(self, mean, std, dtype=np.float32) -> np.ndarray:
        """torch.normal(mean, std) where either (or both) is an array.

        Standard normals of the broadcast shape, then ``* std`` and ``+ mean`` as
        separate rounded ops; a float std is folded into the draw instead.
        """
        dt = chk.check_float_dtype(dtype, "normal_kernel_cpu")
        m_arr, s_arr = isinstance(mean, np.ndarray), isinstance(std, np.ndarray)
        shape = np.broadcast_shapes(np.shape(mean), np.shape(std))
        if s_arr:
            chk.check_std_array(std)
        if m_arr and not s_arr:
            z = self.normal(shape, 0.0, float(std), dt)
        else:
            z = self.normal(shape, 0.0, 1.0, dt)
            z = (z * np.asarray(std, dtype=dt)).astype(dt)
        return (z + np.asarray(mean, dtype=dt)).astype(dt)

    # ----------------------------------------------------------------- integers
    def exponential(self, shape, lambd: float = 1.0, dtype=np.float32) -> np.ndarray:
        """Tensor.exponential_(lambd): -log1p(-u) / lambd from double uniforms u (one 64-bit
        draw per element), rounded once to the dtype."""
        dt = chk.check_float_dtype(dtype, "exponential_")
        u = self._unit64(_numel(shape))
        return (-np.log1p(-u) / float(lambd)).astype(dt).reshape(shape)

    def multinomial(self, probs: np.ndarray, num_samples: int, replacement: bool) -> np.ndarray:
        """torch.multinomial on rows of float probabilities (already checked).

        One sample, or no replacement: the exponential trick, argmax (or top-k) of p / q
        with q ~ Exp(1) in the probabilities' dtype. With replacement: per row the running
        sums in double, divided by their total (the last set to 1), then one double uniform
        per sample and a binary search for the first sum that is not below it."""
        rows = probs.reshape(-1, probs.shape[-1])
        out = np.empty((rows.shape[0], num_samples), np.int64)
        if not replacement or num_samples == 1:
            q = self.exponential(rows.shape, 1.0, rows.dtype)
            ratio = (rows / q).astype(rows.dtype)
            for r in range(rows.shape[0]):
                if num_samples == 1:
                    out[r, 0] = int(np.argmax(ratio[r]))
                else:   # top-k, ties to the lower index
                    order = np.argsort(-ratio[r], kind="stable")
                    out[r] = order[:num_samples]
        else:
            for r in range(rows.shape[0]):
                cum = np.cumsum(rows[r].astype(np.float64))
                total = cum[-1]
                if total > 0:
                    cum = cum / total
                cum[-1] = 1.0
                u = self._unit64(num_samples)
                out[r] = np.searchsorted(cum, u, side="left")
        return out.reshape(probs.shape[:-1] + (num_samples,))

    def randint(self, low: int, high: int, shape, dtype=np.int64) -> np.ndarray:
        """torch.randint(low, high, shape) / randint_like / Tensor.random_(low, high)."""
        low, high = int(low), int(high)
        chk.check_randint(low, high, dtype)
        span = high - low
        n = _numel(shape)
        r = self._words(n) if span < 2**32 else self._words64(n)
        v = (r % np.uint64(span)) + np.uint64(int(low) % 2**64)  # wraps like int64
        return v.view(np.int64).astype(dtype).reshape(shape)

    def random(self, shape, dtype=np.int64) -> np.ndarray:
        """Tensor.random_() with no bounds: 0 .. 2**mantissa for floats, 0 .. max for ints.

        float64 and int64 reduce a 64-bit draw, every other dtype one 32-bit word.
        """
        dt = np.dtype(dtype)
        if dt.kind == "b":
            span = 2
        elif dt.kind == "f":
            span = 2 ** (np.finfo(dt).nmant + 1) + 1
        else:
            span = int(np.iinfo(dt).max) + 1
        n = _numel(shape)
        r = self._words64(n) if dt.itemsize == 8 else self._words(n)
        return (r % np.uint64(span)).astype(dt).reshape(shape)

    def randperm(self, n: int, dtype=np.int64) -> np.ndarray:
        """torch.randperm(n): swap slot i with slot i + (word % (n - i))."""
        n = int(n)
        chk.check_randperm(n, dtype)
        if n >= 214748364:
            raise NotImplementedError("randperm for n >= 214748364 is not reproduced")
        perm = list(range(n))
        if n > 1:
            offs = (self._words(n - 1) % np.arange(n, 1, -1, dtype=np.uint64)).tolist()
            for i, z in enumerate(offs):
                j = i + z
                perm[i], perm[j] = perm[j], perm[i]
        return np.array(perm, dtype=np.int64).astype(dtype)

    # ---------------------------------------------------------------- bernoulli
    def bernoulli(self, shape, p: float, dtype=np.float32) -> np.ndarray:
        """Tensor.bernoulli_(p) with a float p: 1 where a double uniform < p."""
        chk.check_p(float(p))
        u = self._unit64(_numel(shape))
        return (u < float(p)).astype(dtype).reshape(shape)

    def bernoulli_tensor(self, p_array: np.ndarray, dtype=None) -> np.ndarray:
        """torch.bernoulli(probs): one uniform per element, of probs' own dtype
        (float32: one word, float64: two), in row-major order of probs."""
        p = np.asarray(p_array)
        pdt = chk.check_float_dtype(p.dtype, "bernoulli_tensor_cpu_p_")
        chk.check_p_array(p)
        u = self._unit(p.size, pdt).reshape(p.shape)
        return (u < p).astype(p.dtype if dtype is None else dtype)

    def dropout_mask(self, shape, p: float, dtype=np.float32) -> np.ndarray | None:
        """The scaled noise of F.dropout(x, p, training=True); output is x * noise.

        Returns None when torch hands back ``x`` itself without drawing (p == 0 or
        an empty tensor).  p == 1 gives zeros without drawing.
        """
        dt = np.dtype(dtype)
        chk.check_dropout_p(p)
        p = float(p)
        if p == 0.0 or _numel(shape) == 0:
            return None
        if p == 1.0:
            return np.zeros(shape, dtype=dt)
        keep = self.bernoulli(shape, 1.0 - p, dt)
        scale = np.float32(1) / np.float32(1.0 - p) if dt == np.float32 else 1.0 / (1.0 - p)
        return (keep * scale).astype(dt)

    def linear_init(self, in_features: int, out_features: int, bias: bool = True
                    ) -> tuple[np.ndarray, np.ndarray | None]:
        """nn.Linear's default init: weight (out, in) first, then bias (out,)."""
        fan_in = int(in_features)
        bw = bb = 0.0
        if fan_in > 0:  # torch skips a zero-element weight and uses bound 0 for the bias
            bw = math.sqrt(3.0) * (math.sqrt(2.0 / (1 + math.sqrt(5) ** 2)) / math.sqrt(fan_in))
            bb = 1 / math.sqrt(fan_in)
        weight = self.uniform((out_features, fan_in), -bw, bw)
        b = self.uniform((out_features,), -bb, bb) if bias else None
        return weight, b


default_generator = Generator(seed=None)
