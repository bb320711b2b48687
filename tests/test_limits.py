"""Resource limits: steps, wall clock, elements, Python value sizes, recursion, output.

Each case asserts the report (which limit, FILE:LINE:COL, how to raise it) and exit 1.
"""
import io
import subprocess
import sys
import time

import pytest

from gradcli.limits import Limits
from gradcli.runner import run_source

#: (script, Limits(**kwargs), expected "LINE:COL: Type: message")
CASES = [
    ('i = 0\nwhile True:\n    i += 1', {'max_steps': 1000},
     '3:5: LimitExceeded: max-steps limit: the script executed more than 1_000 statements (raise it with --max-steps N; 0 means no limit)'),
    ('xs = [i for i in range(10**6)]', {'max_steps': 1000},
     '1:1: LimitExceeded: max-steps limit: the script executed more than 1_000 statements (raise it with --max-steps N; 0 means no limit)'),
    ("try:\n    while True:\n        pass\nexcept Exception:\n    print('caught')", {'max_steps': 100},
     '3:9: LimitExceeded: max-steps limit: the script executed more than 100 statements (raise it with --max-steps N; 0 means no limit)'),
    ('import torch\nx = torch.ones(10**6, 10**6)', {},
     '2:5: LimitExceeded: max-elements limit: the tensor would have 1_000_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ('import torch\nx = torch.zeros(100000, 1) + torch.zeros(1, 100000)', {},
     '2:5: LimitExceeded: max-elements limit: the broadcast result would have 10_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ('import torch\nx = torch.zeros(20000, 1) @ torch.zeros(1, 20000)', {},
     '2:5: LimitExceeded: max-elements limit: the matmul result would have 400_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ('import torch\nx = torch.arange(1e12)', {},
     '2:5: LimitExceeded: max-elements limit: the tensor would have 1_000_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ('import torch\nx = torch.linspace(0, 1, 10**9)', {},
     '2:5: LimitExceeded: max-elements limit: the tensor would have 1_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ('import torch\nx = torch.eye(10**5)', {},
     '2:5: LimitExceeded: max-elements limit: the tensor would have 10_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ('import torch\nx = torch.ones(1000)', {'max_elements': 999},
     '2:5: LimitExceeded: max-elements limit: the tensor would have 1_000 elements, more than the limit of 999 (raise it with --max-elements N; 0 means no limit)'),
    ('x = list(range(10**10))', {},
     '1:5: LimitExceeded: max-elements limit: the range would have 10_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ('x = sorted(range(10**10))', {},
     '1:5: LimitExceeded: max-elements limit: the range would have 10_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ('x = [0] * 10**10', {},
     '1:5: LimitExceeded: max-elements limit: the list would have 10_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ("x = 'a' * 10**12", {},
     '1:5: LimitExceeded: max-elements limit: the str would have 1_000_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ('x = [1, 2]\nx *= 10**10', {},
     '2:1: LimitExceeded: max-elements limit: the list would have 20_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ('x = 10**10**10', {},
     '1:5: LimitExceeded: int-size limit: the result of ** would have about 30_000_000_001 bits; integers in scripts are limited to 1_048_576 bits (a fixed limit)'),
    ('x = 1 << 10**9', {},
     '1:5: LimitExceeded: int-size limit: the result of << would have about 1_000_000_001 bits; integers in scripts are limited to 1_048_576 bits (a fixed limit)'),
    ('x = pow(7, 10**9)', {},
     '1:5: LimitExceeded: int-size limit: the result of ** would have about 2_000_000_001 bits; integers in scripts are limited to 1_048_576 bits (a fixed limit)'),
    ("x = f'{1:>10000000000}'", {},
     '1:8: LimitExceeded: max-elements limit: the string would have 10_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ("x = '{:>10000000000}'.format(1)", {},
     '1:5: LimitExceeded: max-elements limit: the string would have 10_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ("x = format(1, '>10000000000')", {},
     '1:5: LimitExceeded: max-elements limit: the string would have 10_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ("x = '%*d' % (10**10, 1)", {},
     '1:5: LimitExceeded: max-elements limit: the string would have 10_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ("x = 'x'.ljust(10**11)", {},
     '1:5: LimitExceeded: max-elements limit: the string would have 100_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ("x = ('a' * 10**4).replace('a', 'b' * 10**5)", {},
     '1:5: LimitExceeded: max-elements limit: the string would have 1_000_000_000 elements, more than the limit of 100_000_000 (raise it with --max-elements N; 0 means no limit)'),
    ('import math\nx = math.factorial(10**7)', {},
     '2:5: LimitExceeded: int-size limit: math.factorial() of an argument larger than 100_000 is refused (a fixed limit)'),
    ('def f(n):\n    return f(n + 1)\nf(0)', {},
     '2:12: RecursionError: maximum recursion depth exceeded'),
    ('for i in range(10**9):\n    print(i)', {'max_output': 1000},
     '2:5: LimitExceeded: max-output limit: the script printed more than 1_000 bytes (raise it with --max-output N; 0 means no limit)'),
]


def _run(source, **kw):
    out, err = io.StringIO(), io.StringIO()
    code = run_source(source + "\n", "s.py", out, err, limits=Limits(**kw))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("source,kw,header", CASES, ids=[str(i) for i in range(len(CASES))])
def test_limit(source, kw, header):
    start = time.monotonic()
    code, out, err = _run(source, **kw)
    assert time.monotonic() - start < 10
    lines = err.splitlines()
    assert code == 1
    assert lines[0] == "s.py:" + header
    assert "Traceback" not in err
    assert lines[2].strip().startswith("^")
    assert "caught" not in out          # a script cannot catch a limit


@pytest.mark.parametrize("source", ["while True:\n    pass", "print(sum(range(10**12)))",
                                    "x = 0\nfor i in range(10**12):\n    x += i"])
def test_timeout(source):
    start = time.monotonic()
    code, out, err = _run(source, max_steps=None, timeout=0.3)
    assert code == 1
    assert time.monotonic() - start < 3
    assert "LimitExceeded: timeout limit: the script ran longer than 0.3 s (raise it with " \
           "--timeout N; 0 means no limit)" in err.splitlines()[0]


def test_output_is_cut_at_the_limit():
    code, out, err = _run("for i in range(10**9):\n    print(i)", max_output=1000)
    assert code == 1 and len(out.encode()) == 1000


def test_steps_count_statements_exactly():
    assert _run("x = 1\ny = 2\nz = 3", max_steps=3)[0] == 0
    code, _, err = _run("x = 1\ny = 2\nz = 3", max_steps=2)
    assert code == 1 and err.startswith("s.py:3:1: LimitExceeded: max-steps limit")


def test_legitimate_work_runs_under_defaults():
    src = ("import torch\nx = torch.randn(2000, 2000)\ny = (x * x + 1).sum()\n"
           "s = 0\nfor i in range(100000):\n    s += i\nprint(s, list(range(5)), 2**100)\n"
           "print(f'{3.14159:>10.2f}', 'ab' * 3, [0] * 4)")
    code, out, err = _run(src)
    assert code == 0, err
    assert out == "4999950000 [0, 1, 2, 3, 4] 1267650600228229401496703205376\n" \
                  "      3.14 ababab [0, 0, 0, 0]\n"


def test_range_behaves_like_python():
    code, out, err = _run("r = range(10**12)\nprint(isinstance(r, range), r, r[5], 10 in r)\n"
                          "for i in r:\n    if i > 2:\n        break\nprint(i)")
    assert (code, out) == (0, "True range(0, 1000000000000) 5 True\n3\n")


def _cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "gradcli", *args], capture_output=True,
                          text=True, input=stdin, timeout=120)


@pytest.mark.parametrize("command", ["run", "grad", "check", "graph", "repl"])
def test_flags_in_help(command):
    text = _cli(command, "--help").stdout
    for flag in ("--max-steps", "--timeout", "--max-elements", "--max-output"):
        assert flag in text
    assert "[default: 100000000" in text


def test_cli_run_max_steps(tmp_path):
    script = tmp_path / "loop.py"
    script.write_text("while True:\n    pass\n")
    proc = _cli("run", "--no-hints", "--max-steps", "50", str(script))
    assert proc.returncode == 1
    assert proc.stderr == (f"{script}:2:5: LimitExceeded: max-steps limit: the script "
                           f"executed more than 50 statements (raise it with --max-steps N; "
                           f"0 means no limit)\n        pass\n        ^~~~\n")


def test_cli_grad_max_elements():
    proc = _cli("grad", "sum(ones(10**5, 10**5))")
    assert proc.returncode == 1
    assert proc.stderr.startswith("<expr>:1:5: LimitExceeded: max-elements limit: the tensor "
                                  "would have 10_000_000_000 elements")


def test_repl_survives_a_limit():
    proc = _cli("repl", "--no-hints", stdin="x = 10**10**10\nprint(1)\n")
    assert "LimitExceeded: int-size limit" in proc.stderr
    assert "1" in proc.stdout and proc.returncode == 0
