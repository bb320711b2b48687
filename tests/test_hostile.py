"""Hostile script text: bad encodings, BOM, CRLF, tabs, NUL bytes, deep nesting, huge
files and lines, Ctrl-C.  Each gives a clean message (or runs, where Python runs it),
never a Python traceback."""
import io
import signal
import subprocess
import sys
import time

import pytest

from gradcli.runner import run_source


def _run(source):
    out, err = io.StringIO(), io.StringIO()
    code = run_source(source, "h.py", out, err)
    assert "Traceback" not in err.getvalue()
    return code, out.getvalue(), err.getvalue()


def _cli_bytes(tmp_path, data: bytes, *extra):
    path = tmp_path / "h.py"
    path.write_bytes(data)
    proc = subprocess.run([sys.executable, "-m", "gradcli", "run", "--no-hints", *extra,
                           str(path)], capture_output=True, timeout=120)
    assert b"Traceback" not in proc.stderr
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode().replace(str(path), "h.py")


def test_non_utf8_reports_line_column_and_byte_offset(tmp_path):
    code, out, err = _cli_bytes(tmp_path, b"x = 1\ny = '\xff'\n")
    assert code == 1
    assert err == ("h.py:2:6: SyntaxError: (unicode error) 'utf-8' codec can't decode byte "
                   "0xff in position 11: invalid start byte\n")


def test_bom_and_crlf_run(tmp_path):
    code, out, err = _cli_bytes(tmp_path, b"\xef\xbb\xbfx = 1\r\nif x:\r\n    print(x + 1)\r\n")
    assert (code, out, err) == (0, "2\n", "")


def test_lone_cr_line_endings_run():
    assert _run("x = 1\rprint(x)\r")[:2] == (0, "1\n")


def test_tabs_that_python_accepts_run():
    assert _run("if 1:\n\tx = 1\n\tif x:\n\t\tprint(x)\n")[:2] == (0, "1\n")


def test_inconsistent_tabs_is_taberror():
    code, out, err = _run("if 1:\n\tx = 1\n        y = 2\n")
    assert code == 1
    assert err.splitlines()[0] == \
        "h.py:3:9: TabError: inconsistent use of tabs and spaces in indentation"


def test_taberror_on_deeper_indent():
    code, out, err = _run("if 1:\n        if 1:\n\t    pass\n")
    assert code == 1 and "TabError: inconsistent use of tabs and spaces" in err


def test_nul_byte():
    code, out, err = _run("x = 1\ny = 2\x00\n")
    assert code == 1
    assert err.splitlines()[0] == "h.py:2:6: SyntaxError: source code cannot contain null bytes"


def test_ten_thousand_brackets():
    code, out, err = _run("x = " + "(" * 10000 + "1" + ")" * 10000 + "\n")
    assert code == 1
    assert err.splitlines()[0] == "h.py:1:205: SyntaxError: too many nested parentheses"


def test_ten_thousand_nested_blocks():
    src = "".join(" " * i + "if 1:\n" for i in range(10000)) + " " * 10000 + "pass\n"
    code, out, err = _run(src)
    assert code == 1
    assert err.splitlines()[0] == "h.py:102:1: IndentationError: too many levels of indentation"


def test_long_operator_chain_is_recursionerror_at_compile_time():
    code, out, err = _run("y = 0\nx = " + " + ".join(["1"] * 20000) + "\n")
    assert code == 1
    assert err.splitlines()[0] == \
        "h.py:2:1: RecursionError: maximum recursion depth exceeded during compilation"


def test_deep_call_nesting():
    code, out, err = _run("x = " + "abs(" * 3000 + "1" + ")" * 3000 + "\n")
    assert code == 1 and "SyntaxError: too many nested parentheses" in err


def test_one_megabyte_line():
    code, out, err = _run("x = '" + "a" * 1_000_000 + "'\nprint(len(x))\n")
    assert (code, out, err) == (0, "1000000\n", "")


def test_ten_megabyte_script(tmp_path):
    text = ("# " + "c" * 97 + "\n") * 100_000 + "print(1)\n"
    assert len(text) >= 10_000_000
    code, out, err = _cli_bytes(tmp_path, text.encode())
    assert (code, out, err) == (0, "1\n", "")


def test_error_in_a_huge_line_is_cut_to_a_window():
    code, out, err = _run("x = 1 + '" + "a" * 100_000 + "' + y\n")
    assert code == 1
    lines = err.splitlines()
    assert lines[0] == "h.py:1:5: TypeError: unsupported operand type(s) for +: 'int' and 'str'"
    assert all(len(line) < 200 for line in lines)


@pytest.mark.parametrize("junk", ["\u2028", "\x0c", "\x1b[31m", "\ufeff", "\udcff", "\u202e"])
def test_odd_characters_never_crash(junk):
    code, out, err = _run(f"x = 1{junk}\nprint(x)\n")
    assert code in (0, 1)


def _interrupt(tmp_path, source, wait):
    path = tmp_path / "c.py"
    path.write_text(source)
    proc = subprocess.Popen([sys.executable, "-m", "gradcli", "run", "--no-hints", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(wait)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, err


def test_ctrl_c_during_engine_ops(tmp_path):
    code, err = _interrupt(tmp_path, "import torch\nwhile True:\n"
                           "    x = torch.randn(300, 300) @ torch.randn(300, 300)\n", 3)
    assert (code, err) == (130, "gradcli: interrupted\n")


def test_ctrl_c_during_parsing(tmp_path):
    code, err = _interrupt(tmp_path, "x = 1\n" * 200_000, 3)
    assert (code, err) == (130, "gradcli: interrupted\n")
