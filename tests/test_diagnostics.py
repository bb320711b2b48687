"""Malformed or forbidden scripts give one short positioned report and exit 1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from gradcli.cli import cli
from gradcli.diagnostics import format_report
from gradcli.errors import Span

ROOT = Path(__file__).resolve().parent.parent

# (script, expected first line after "bad.py:", caret column (1-based) or None)
CASES = [
    ("if x\n    pass\n", "1:5: SyntaxError: expected ':'", 5),
    ("for i in range(3)\n    pass\n", "1:18: SyntaxError: expected ':'", 18),
    ("x = 1\n    y = 2\n", "2:5: IndentationError: unexpected indent", 5),
    ("if True:\n        a = 1\n    b = 2\n",
     "3:5: IndentationError: unindent does not match any outer indentation level", 5),
    ("if True:\nx = 1\n", "2:1: IndentationError: expected an indented block", 1),
    ("print((1, 2)\n", "1:6: SyntaxError: '(' was never closed", 6),
    ("x = [1, 2\ny = 3\n", "1:5: SyntaxError: '[' was never closed", 5),
    ("x = (1]\n", "1:7: SyntaxError: closing parenthesis ']' does not match opening "
                  "parenthesis '('", 7),
    ("x = 1)\n", "1:6: SyntaxError: unmatched ')'", 6),
    ("x = $\n", "1:5: SyntaxError: invalid syntax", 5),
    ("y = x ? 1 : 2\n", "1:7: SyntaxError: invalid syntax", 7),
    ("x = 1 +\n", "1:8: SyntaxError: invalid syntax", 8),
    ("s = 'abc\n", "1:5: SyntaxError: unterminated string literal (detected at line 1)", 5),
    ('s = """abc\n\nx = 1\n', "1:5: SyntaxError: unterminated triple-quoted string literal "
                                "(detected at line 3)", 5),
    ("x = (1 2)\n", "1:8: SyntaxError: invalid syntax. Perhaps you forgot a comma?", 8),
    ("x = €\n", "1:5: SyntaxError: invalid character '€' (U+20AC)", 5),
    ("def f():\n    class Net:\n        pass\n",
     "2:5: SyntaxError: class definitions are supported only at the top level of a script", 5),
    ("def g():\n    yield 1\n", "2:5: SyntaxError: 'yield' (generators) is not supported", 5),
    ("x = 1\nprint(x.__class__)\n",
     "2:9: SyntaxError: access to dunder name '__class__' is not allowed", 9),
    ("x = [1]\nx.__dict__\n", "2:3: SyntaxError: access to dunder name '__dict__' is not allowed",
     3),
    ("x = [1]\nx.__len__()\n",
     "2:1: AttributeError: access to attribute '__len__' is not allowed in scripts", 1),
    ("__import__('os')\n", "1:1: SyntaxError: access to dunder name '__import__' is not allowed",
     1),
    ("import os\n", "1:1: ImportError: import of 'os' is not supported "
                    "(scripts may import torch, math and collections)", 1),
    ("from numpy import array\n", "1:1: ImportError: import of 'numpy' is not supported "
                                  "(scripts may import torch, math and collections)", 1),
    ("print('hi')\nprint(undefined_name)\n", "2:7: NameError: name 'undefined_name' is not "
                                             "defined", 7),
    ("f = open('x.txt')\n", "1:5: NameError: name 'open' is not defined", 5),
    ("eval('1 + 1')\n", "1:1: NameError: name 'eval' is not defined", 1),
    ("getattr([], 'append')\n", "1:1: NameError: name 'getattr' is not defined", 1),
    ("x = [1]\nx._private\n", "2:1: AttributeError: 'list' object has no attribute '_private'",
     1),
    ("break\n", "1:1: SyntaxError: 'break' outside loop", 1),
    ("return 5\n", "1:1: SyntaxError: 'return' outside function", 1),
    ("def f():\n    nonlocal q\n", "2:5: SyntaxError: no binding for nonlocal 'q' found", None),
    ("async def f(): pass\n", "1:1: SyntaxError: 'async' is not supported", 1),
    ("x = 1\ny = x.foo(\n", "2:10: SyntaxError: '(' was never closed", 10),
    ("f(x for x in y, 1)\n", "1:3: SyntaxError: Generator expression must be parenthesized", 3),
]


def _invoke(tmp_path: Path, source: str):
    path = tmp_path / "bad.py"
    path.write_bytes(source.encode("utf-8"))
    runner = CliRunner()
    import os
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        return runner.invoke(cli, ["run", "bad.py"])
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("source,first,caret", CASES, ids=[c[1][:40] for c in CASES])
def test_malformed_script(tmp_path, source, first, caret):
    result = _invoke(tmp_path, source)
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert "Traceback" not in err
    lines = err.splitlines()
    assert lines[0] == "bad.py:" + first
    assert len(lines) <= 3
    if caret is not None:
        line_no = int(first.split(":")[0])
        assert lines[1] == "    " + source.splitlines()[line_no - 1].replace("\t", " ")
        assert lines[2].index("^") == 4 + caret - 1


def test_enough_cases():
    assert len(CASES) >= 20


def test_output_before_error_is_kept(tmp_path):
    result = _invoke(tmp_path, "print('first')\nprint(1 / 0)\n")
    assert result.exit_code == 1
    assert result.stdout == "first\n"
    assert result.stderr.splitlines()[0] == "bad.py:2:7: ZeroDivisionError: division by zero"


def test_caret_covers_the_failing_call(tmp_path):
    result = _invoke(tmp_path, "x = [1, 2]\ny = x.index(7)\n")
    assert result.stderr.splitlines()[1:] == ["    y = x.index(7)", "        ^~~~~~~~~~"]


def test_long_line_is_cut_around_the_column():
    line = "a = " + "1 + " * 200 + "oops"
    col = line.index("oops") + 1
    text = format_report("f.py", [line], "NameError", "name 'oops' is not defined",
                         Span(1, col, 1, col + 4))
    shown = text.splitlines()
    assert len(shown) == 3
    assert all(len(s) < 120 for s in shown)
    assert shown[1][shown[2].index("^"):].startswith("oops")


def test_uncaught_script_raise_with_empty_message(tmp_path):
    result = _invoke(tmp_path, "assert False\n")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "bad.py:1:1: AssertionError"


@pytest.mark.parametrize("source,first", [
    ("if x\n    pass\n", "bad.py:1:5: SyntaxError: expected ':'"),
    ("import os\n", "bad.py:1:1: ImportError: import of 'os' is not supported "
                    "(scripts may import torch, math and collections)"),
    ("x = [1]\nx[3]\n", "bad.py:2:1: IndexError: list index out of range"),
])
def test_through_python_m_gradcli(tmp_path, source, first):
    (tmp_path / "bad.py").write_text(source, encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-m", "gradcli", "run", "bad.py"], cwd=tmp_path,
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[0] == first
    assert "Traceback" not in proc.stderr


def test_mutated_scripts_never_escape():
    """Random edits of valid snippets: always exit 0 or 1, never a traceback."""
    import io
    import random

    from gradcli.runner import run_source
    from test_interpreter import SNIPPETS

    sources = [v for k, v in sorted(SNIPPETS.items())
               if not any(w in k for w in ("recursion", "ints", "arith", "power"))]
    pieces = ["(", ")", "[", "]", ":", ",", "*", "**", "=", "+=", " if ", " else ", "lambda: ",
              "\n", "\n    ", "'", '"', "f'{", "}", "{", "1", "x", "not ", ".", "del ",
              "nonlocal x\n", "return ", "break\n", "*a"]
    rng = random.Random(7)
    for _ in range(300):
        src = rng.choice(sources)
        for _ in range(rng.randint(1, 3)):
            p = rng.randrange(len(src) + 1)
            if rng.random() < 0.4:
                src = src[:p] + src[p + rng.randint(1, 4):]
            else:
                src = src[:p] + rng.choice(pieces) + src[p:]
        out, err = io.StringIO(), io.StringIO()
        code = run_source(src, "f.py", out, err, max_steps=5000)
        assert code in (0, 1), (src, err.getvalue())
        assert "Traceback" not in err.getvalue(), src
