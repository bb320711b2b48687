"""Resource limits for one script run, and the guards that enforce them.

A run has one :class:`Limits` (the CLI builds it from ``--max-steps``, ``--timeout``,
``--max-elements`` and ``--max-output``).  Enforcement points:

* steps and wall clock: every statement and every comprehension item decrements
  ``CallState.budget``; when it goes negative :meth:`Meter.checkpoint` counts the
  chunk, compares with ``max_steps`` and looks at the clock (so the hot path is one
  decrement and one comparison).  On the main thread a ``SIGALRM`` timer also stops
  pure-Python work that runs no statement (parsing, a builtin iterating a huge range);
* elements: :func:`check_elements` before the engine allocates a tensor, and the
  Python-value guards below (``'a' * n``, ``[0] * n``, ``10 ** n``, ``1 << n``, huge
  ``range`` objects, format widths) before Python builds the value;
* output: :class:`LimitedWriter` counts the bytes written to stdout.

A limit that is hit raises :class:`gradcli.errors.LimitExceeded`, a ``BaseException``
that a script's ``except`` cannot catch.
"""

from __future__ import annotations

import math
import operator
import re
import signal
import threading
import time

from gradcli.collector import maybe_collect
from gradcli.errors import LimitExceeded

#: statements between two looks at the clock / the step limit
CHUNK = 256
#: Python integers in scripts are capped at this many bits (fixed; ~300,000 digits).
MAX_INT_BITS = 1 << 20


class Limits:
    """The limits of one run; ``None`` (or 0 on the command line) means unlimited."""

    __slots__ = ("max_steps", "timeout", "max_elements", "max_output", "max_depth")

    def __init__(self, max_steps: int | None = 10 ** 8, timeout: float | None = None,
                 max_elements: int | None = 10 ** 8, max_output: int | None = 10 ** 8,
                 max_depth: int = 998):
        self.max_steps = max_steps or None
        self.timeout = timeout or None
        self.max_elements = max_elements or None
        self.max_output = max_output or None
        self.max_depth = max_depth

    def __repr__(self) -> str:
        return (f"Limits(max_steps={self.max_steps}, timeout={self.timeout}, "
                f"max_elements={self.max_elements}, max_output={self.max_output})")


#: The limits the command line asked for (``run_source`` and the REPL use them).
CONFIGURED = Limits()
#: The limits of the run in progress (engine guards read this).
ACTIVE = CONFIGURED
_deadline: float | None = None


def configure(limits: Limits) -> None:
    """Make ``limits`` the default for every later run in this process (the CLI)."""
    global CONFIGURED, ACTIVE
    CONFIGURED = ACTIVE = limits


def _fmt(n) -> str:
    return f"{n:,}".replace(",", "_") if isinstance(n, int) else str(n)


def steps_exceeded(limit: int) -> LimitExceeded:
    return LimitExceeded("max-steps", f"the script executed more than {_fmt(limit)} "
                         f"statements", "--max-steps")


def timeout_exceeded(seconds: float) -> LimitExceeded:
    return LimitExceeded("timeout", f"the script ran longer than {seconds:g} s", "--timeout")


def elements_exceeded(what: str, n: int) -> LimitExceeded:
    return LimitExceeded("max-elements", f"{what} would have {_fmt(n)} elements, more than "
                         f"the limit of {_fmt(ACTIVE.max_elements)}", "--max-elements")


def check_elements(n: int, what: str = "the tensor") -> None:
    """Refuse to build a value of ``n`` elements over ``--max-elements`` (and look at the
    clock before a large operation)."""
    limit = ACTIVE.max_elements
    if limit is not None and n > limit:
        raise elements_exceeded(what, n)
    if n > 100_000 and _deadline is not None and time.monotonic() > _deadline:
        raise timeout_exceeded(ACTIVE.timeout)


def check_shape(shape, what: str = "the tensor") -> None:
    n = 1
    for s in shape:
        n *= int(s)
    check_elements(n, what)


# ------------------------------------------------------------------ the meter

class Meter:
    """Counts steps in chunks and watches the clock; shared through ``CallState``."""

    def __init__(self, state, limits: Limits):
        self.state = state
        self.limits = limits
        self.spent = 0
        self.chunk = self._next_chunk()
        state.budget = self.chunk

    def _next_chunk(self) -> int:
        limit = self.limits.max_steps
        return CHUNK if limit is None else max(0, min(CHUNK, limit - self.spent))

    def checkpoint(self) -> None:
        state = self.state
        self.spent += self.chunk - state.budget
        limit = self.limits.max_steps
        if limit is not None and self.spent > limit:
            state.budget = 0    # every later statement comes back here and raises again
            self.chunk = 0
            raise steps_exceeded(limit)
        if _deadline is not None and time.monotonic() > _deadline:
            state.budget = self.chunk = 0
            raise timeout_exceeded(self.limits.timeout)
        maybe_collect()
        state.budget = self.chunk = self._next_chunk()

    def reset(self) -> None:
        """Start counting again (the REPL counts each input on its own)."""
        self.spent = 0
        self.state.budget = self.chunk = self._next_chunk()


class Armed:
    """Context manager: make ``limits`` the active ones and start the clock."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.saved = None
        self.alarm = False

    def __enter__(self):
        global ACTIVE, _deadline
        self.saved = ACTIVE, _deadline
        ACTIVE = self.limits
        if _deadline is not None:   # nested (a command's clock is running): keep it
            return self
        timeout = self.limits.timeout
        _deadline = None if timeout is None else time.monotonic() + timeout
        if timeout is not None and threading.current_thread() is threading.main_thread():
            try:
                self.previous = signal.signal(signal.SIGALRM, _on_alarm)
                signal.setitimer(signal.ITIMER_REAL, timeout + 0.05)
                self.alarm = True
            except (ValueError, OSError, AttributeError):
                self.alarm = False
        return self

    def __exit__(self, *exc):
        global ACTIVE, _deadline
        ACTIVE, _deadline = self.saved     # first: a late alarm then finds no deadline
        if self.alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False


def _on_alarm(signum, frame):
    if _deadline is not None:
        raise timeout_exceeded(ACTIVE.timeout)


# ----------------------------------------------------------- output size

class LimitedWriter:
    """Wraps a text stream; raises once more than ``limit`` bytes were written."""

    def __init__(self, stream, limit: int):
        self._stream = stream
        self._limit = limit
        self.written = 0

    def write(self, text: str) -> int:
        n = len(text)
        if not text.isascii():
            n = len(text.encode("utf-8", "surrogatepass"))
        if self.written + n > self._limit:
            room = self._limit - self.written
            if room > 0:
                self._stream.write(text.encode("utf-8", "surrogatepass")[:room]
                                   .decode("utf-8", "ignore"))
            self.written = self._limit
            raise LimitExceeded("max-output", f"the script printed more than "
                                f"{_fmt(self._limit)} bytes", "--max-output")
        self.written += n
        return self._stream.write(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


# ----------------------------------------------------------- Python values

_SEQUENCES = (str, list, tuple, bytes, bytearray)


def _items(n: int, what: str) -> None:
    limit = ACTIVE.max_elements
    if limit is not None and n > limit:
        raise elements_exceeded(what, n)


def _int_bits(bits: int, op: str) -> None:
    if bits > MAX_INT_BITS:
        raise LimitExceeded("int-size", f"the result of {op} would have about {_fmt(bits)} "
                            f"bits; integers in scripts are limited to {_fmt(MAX_INT_BITS)} "
                            f"bits (a fixed limit)", None)


def _scripted(v) -> bool:
    """Is v an object of a script class (whose special methods run script code)?"""
    if type(v) in (int, float, bool, str, list, tuple, complex):
        return False
    from gradcli.script_classes import is_script_type
    return is_script_type(type(v))


def _as_int(v):
    """An object of a script class used as a number through its ``__index__``: that int,
    taken once, so that a size check sees the number Python would use. Others as they are."""
    if _scripted(v) and getattr(type(v), "__index__", None) is not None:
        return operator.index(v)
    return v


def _repeat_by_script_object(seq, obj, method: str):
    """``seq * obj`` (or ``obj * seq``) with obj of a script class: obj's own operator
    method first, as Python tries it, then obj as a checked count."""
    fn = getattr(type(obj), method, None)
    if fn is not None:
        result = fn(obj, seq)
        if result is not NotImplemented:
            return True, result
    if getattr(type(obj), "__index__", None) is None:
        raise TypeError(f"can't multiply sequence by non-int of type '{type(obj).__name__}'")
    n = operator.index(obj)
    _items(len(seq) * n, f"the {type(seq).__name__}")
    return False, n


def repeat_inplace(a, b):
    """``a *= b`` for a sequence and an object of a script class (see safe_mul)."""
    done, value = _repeat_by_script_object(a, b, "__rmul__")
    return value if done else operator.imul(a, value)


def safe_mul(a, b):
    ta, tb = type(a), type(b)
    if ta is float or tb is float:
        return a * b
    if ta is int and tb is int:
        _int_bits(a.bit_length() + b.bit_length(), "*")
    elif isinstance(a, _SEQUENCES):
        if isinstance(b, int):
            _items(len(a) * b, f"the {ta.__name__}")
        elif _scripted(b):
            done, value = _repeat_by_script_object(a, b, "__rmul__")
            return value if done else a * value
    elif isinstance(b, _SEQUENCES):
        if isinstance(a, int):
            _items(len(b) * a, f"the {tb.__name__}")
        elif _scripted(a):
            done, value = _repeat_by_script_object(b, a, "__mul__")
            return value if done else value * b
    return a * b


def safe_pow(a, b, mod=None):
    if mod is None and type(b) is int and b > 1 and isinstance(a, int) and not \
            isinstance(a, bool) and abs(a) > 1:
        _int_bits((a.bit_length() - 1) * b + 1, "**")
    if mod is None:
        return a ** b
    return pow(a, b, mod)


def safe_lshift(a, b):
    if type(a) is int and type(b) is int and a and b > 0:
        _int_bits(a.bit_length() + b, "<<")
    return a << b


_PERCENT_NUMBERS = re.compile(r"%[-#0 +]*(\d+|\*)?(?:\.(\d+|\*))?")


def _check_width(n: int) -> None:
    limit = ACTIVE.max_elements
    if limit is not None and n > limit:
        raise elements_exceeded("the string", n)


def safe_mod(a, b):
    if type(a) is str and "%" in a:
        stars = 0
        for m in _PERCENT_NUMBERS.finditer(a):
            for g in m.groups():
                if g == "*":
                    stars += 1
                elif g:
                    _check_width(int(g) if len(g) < 30 else 10 ** len(g))
        if stars:
            values = b if isinstance(b, tuple) else (b,)
            for v in values[:stars * 2]:
                if type(v) is int:
                    _check_width(abs(v))
    return a % b


_SPEC_NUMBERS = re.compile(r"\d+")


def check_spec(spec: str) -> None:
    """Refuse a format spec (``'>10000000000'``) whose width/precision exceeds the limit."""
    if spec:
        for m in _SPEC_NUMBERS.finditer(spec):
            g = m.group()
            _check_width(int(g) if len(g) < 30 else 10 ** len(g))


def safe_format(value, spec: str = ""):
    if type(spec) is str:
        check_spec(spec)
    return format(value, spec)


def _str_method(name: str, method, width_arg: int = 0):
    def guarded(*args, **kwargs):
        if len(args) > width_arg:
            args = list(args)
            width = args[width_arg] = _as_int(args[width_arg])
            if type(width) is int:
                _check_width(width)
        return method(*args, **kwargs)
    guarded.__name__ = name
    return guarded


def guarded_str_method(obj: str, name: str):
    """``'x'.ljust(10**12)``-style methods with their width checked first."""
    method = getattr(obj, name)
    if name in ("ljust", "rjust", "center", "zfill"):
        return _str_method(name, method)
    if name == "expandtabs":
        def expandtabs(tabsize=8):
            tabsize = _as_int(tabsize)
            if type(tabsize) is int and tabsize > 1:
                _check_width(obj.count("\t") * tabsize + len(obj))
            return method(tabsize)
        return expandtabs
    if name == "replace":
        def replace(old, new, count=-1):
            count = _as_int(count)
            if type(old) is str and type(new) is str and len(new) > len(old):
                hits = obj.count(old) if old else len(obj) + 1
                if count >= 0:
                    hits = min(hits, count)
                _check_width(len(obj) + hits * (len(new) - len(old)))
            return method(old, new, count)
        return replace
    return method


# ------------------------------------------------------------------ ranges

def _range_len(r: range) -> int:
    if r.step > 0:
        return max(0, (r.stop - r.start + r.step - 1) // r.step)
    return max(0, (r.start - r.stop - r.step - 1) // -r.step)


class HugeRange:
    """What ``range(n)`` gives when it has more than ``--max-elements`` items: it iterates
    (lazily, counting steps) but refuses to be turned into a list or measured."""

    __slots__ = ("_range", "_n")

    def __init__(self, r: range, n: int):
        self._range = r
        self._n = n

    def __iter__(self):
        return _huge_iter(self._range, self._n)

    def __len__(self):
        raise elements_exceeded("the range", self._n)

    def __length_hint__(self):
        raise elements_exceeded("the range", self._n)

    def __contains__(self, item):
        return item in self._range

    def __getitem__(self, index):
        if isinstance(index, slice):
            return safe_range_from(self._range[index])
        return self._range[index]

    def __reversed__(self):
        return _huge_iter(self._range[::-1], self._n)

    def __repr__(self) -> str:
        return repr(self._range)

    def __eq__(self, other):
        return self._range == (other._range if isinstance(other, HugeRange) else other)

    def __hash__(self):
        return hash(self._range)

    _script_attrs = frozenset({"start", "stop", "step", "count", "index"})

    @property
    def start(self):
        return self._range.start

    @property
    def stop(self):
        return self._range.stop

    @property
    def step(self):
        return self._range.step

    def count(self, value):
        return self._range.count(value)

    def index(self, value):
        return self._range.index(value)


def _huge_iter(r: range, n: int):
    limit = ACTIVE.max_elements
    i = 0
    for value in r:
        i += 1
        if i & 0xFFFF == 0:
            if limit is not None and i > limit:
                raise elements_exceeded("the range", n)
            if _deadline is not None and time.monotonic() > _deadline:
                raise timeout_exceeded(ACTIVE.timeout)
        yield value


def safe_range_from(r: range):
    n = _range_len(r)
    limit = ACTIVE.max_elements
    if limit is not None and n > limit:
        return HugeRange(r, n)
    return r


class _RangeMeta(type):
    """``range`` for scripts: calling it makes a real range (or a :class:`HugeRange`);
    ``isinstance(x, range)`` and ``issubclass`` answer as for Python's range."""

    def __call__(cls, *args):
        return safe_range_from(range(*args))

    def __instancecheck__(cls, obj):
        return isinstance(obj, (range, HugeRange))

    def __subclasscheck__(cls, sub):
        return issubclass(sub, (range, HugeRange))


class safe_range(metaclass=_RangeMeta):   # noqa: N801 - the script sees it as `range`
    __slots__ = ()


safe_range.__name__ = safe_range.__qualname__ = "range"


def _math_guard(fn, name, cap):
    def guarded(*args):
        args = tuple(_as_int(a) for a in args)
        for a in args:
            if type(a) is int and a > cap:
                raise LimitExceeded("int-size", f"math.{name}() of an argument larger than "
                                    f"{_fmt(cap)} is refused (a fixed limit)", None)
        return fn(*args)
    guarded.__name__ = name
    return guarded


def guard_math(members: dict) -> dict:
    """The ``math`` module members with the expensive integer functions capped."""
    out = dict(members)
    for name in ("factorial", "comb", "perm"):
        if name in out:
            out[name] = _math_guard(out[name], name, 100_000)
    return out


def builtin_pow(base, exp, mod=None):
    return safe_pow(base, exp, mod)


builtin_pow.__name__ = "pow"


def builtin_format(value, spec=""):
    return safe_format(value, spec)


builtin_format.__name__ = "format"

__all__ = ["LimitExceeded", "Limits", "ACTIVE", "check_elements", "check_shape", "Meter", "Armed",
           "LimitedWriter", "safe_mul", "safe_pow", "safe_lshift", "safe_mod", "safe_format",
           "safe_range", "HugeRange", "guard_math", "math"]
