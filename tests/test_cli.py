"""Exit codes, stdin, several files, --debug, broken pipes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from gradcli import runner
from gradcli.cli import cli, main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return path.name


def test_ok_exit_0(in_tmp):
    name = _write(in_tmp / "ok.py", "print('hello', 1 + 1)\n")
    result = CliRunner().invoke(cli, ["run", name])
    assert result.exit_code == 0
    assert result.stdout == "hello 2\n"
    assert result.stderr == ""


def test_script_error_exit_1(in_tmp):
    name = _write(in_tmp / "bad.py", "raise RuntimeError('boom')\n")
    result = CliRunner().invoke(cli, ["run", name])
    assert result.exit_code == 1
    assert result.stderr.startswith("bad.py:1:1: RuntimeError: boom\n")


def test_usage_errors_exit_2(in_tmp):
    assert CliRunner().invoke(cli, ["run"]).exit_code == 2
    assert CliRunner().invoke(cli, ["run", "missing.py"]).exit_code == 2
    assert CliRunner().invoke(cli, ["nonsense"]).exit_code == 2
    assert CliRunner().invoke(cli, ["run", "--bogus", "x.py"]).exit_code == 2


def test_internal_error_exit_70(in_tmp, monkeypatch):
    name = _write(in_tmp / "ok.py", "print('partial')\n")

    def broken(*args, **kwargs):
        raise AssertionError("invariant violated in gradcli")
    monkeypatch.setattr(runner, "compile_module", broken)
    result = CliRunner().invoke(cli, ["run", name])
    assert result.exit_code == 70
    assert result.stderr == ("gradcli: internal error: AssertionError: invariant violated in "
                             "gradcli (run with --debug for the traceback)\n")
    result = CliRunner().invoke(cli, ["run", "--debug", name])
    assert result.exit_code == 70
    assert "Traceback" in result.stderr
    assert "gradcli: internal error" in result.stderr


def test_engine_failure_of_unknown_type_is_internal(in_tmp):
    from gradcli import runtime

    class EngineBug(Exception):
        pass

    def explode():
        raise EngineBug("numpy said no")
    runtime.set_torch_provider(lambda: {"explode": explode})
    try:
        name = _write(in_tmp / "s.py", "import torch\nprint('before')\ntorch.explode()\n")
        result = CliRunner().invoke(cli, ["run", name])
        assert result.exit_code == 70
        assert result.stdout == "before\n"
        assert result.stderr.startswith("gradcli: internal error: EngineBug: numpy said no")
        assert "Traceback" not in result.stderr
    finally:
        runtime.set_torch_provider(None)


def test_script_assert_is_exit_1_not_internal(in_tmp):
    name = _write(in_tmp / "a.py", "assert 1 == 2, 'nope'\n")
    result = CliRunner().invoke(cli, ["run", name])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "a.py:1:1: AssertionError: nope"


def test_stdin_dash():
    result = CliRunner().invoke(cli, ["run", "-"], input="x = 6\nprint(x * 7)\n")
    assert result.exit_code == 0
    assert result.stdout == "42\n"
    result = CliRunner().invoke(cli, ["run", "-"], input="print(1)\nprint(nope)\n")
    assert result.exit_code == 1
    assert result.stdout == "1\n"
    assert result.stderr.startswith("<stdin>:2:7: NameError: name 'nope' is not defined")


def test_several_files_headers_fresh_namespace_worst_status(in_tmp):
    a = _write(in_tmp / "a.py", "shared = 1\nprint('a')\n")
    b = _write(in_tmp / "b.py", "print(shared)\n")
    c = _write(in_tmp / "c.py", "print('c')\n")
    result = CliRunner().invoke(cli, ["run", a, b, c])
    assert result.exit_code == 1
    assert result.stdout == "==> a.py <==\na\n==> b.py <==\n==> c.py <==\nc\n"
    assert result.stderr.startswith("b.py:1:7: NameError: name 'shared' is not defined")


def test_single_file_has_no_header(in_tmp):
    a = _write(in_tmp / "a.py", "print('a')\n")
    assert CliRunner().invoke(cli, ["run", a]).stdout == "a\n"


def test_version_and_help():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and "0.1.0" in result.stdout
    result = CliRunner().invoke(cli, ["run", "-h"])
    assert result.exit_code == 0
    assert "gradcli run demo.py" in result.stdout
    assert CliRunner().invoke(cli, ["--help"]).exit_code == 0


def test_undecodable_file_is_a_script_error(in_tmp):
    (in_tmp / "bin.py").write_bytes(b"print(1)\n\xff\xfe\n")
    result = CliRunner().invoke(cli, ["run", "bin.py"])
    assert result.exit_code == 1
    assert "utf-8" in result.stderr and "Traceback" not in result.stderr


def test_main_returns_codes(in_tmp, capsys):
    name = _write(in_tmp / "ok.py", "print('x')\n")
    with pytest.raises(SystemExit) as info:
        main(["run", name])
    assert info.value.code == 0
    with pytest.raises(SystemExit) as info:
        main(["run"])
    assert info.value.code == 2
    assert "Missing argument" in capsys.readouterr().err


def test_keyboard_interrupt_exit_130(in_tmp, monkeypatch):
    name = _write(in_tmp / "ok.py", "print('x')\n")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(runner, "_run", interrupted)
    result = CliRunner().invoke(cli, ["run", name])
    assert result.exit_code == 130
    assert result.stderr == "gradcli: interrupted\n"


def _subprocess(args, **kwargs):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "gradcli", *args], env=env, timeout=60,
                          **kwargs)


def test_broken_pipe_ends_quietly(tmp_path):
    script = tmp_path / "many.py"
    script.write_text("for i in range(200000):\n    print(i)\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(f"{sys.executable} -m gradcli run {script} | head -1", shell=True,
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.stdout == "0\n"
    assert proc.stderr == ""


def test_subprocess_exit_codes(tmp_path):
    ok = tmp_path / "ok.py"
    ok.write_text("print('fine')\n", encoding="utf-8")
    proc = _subprocess(["run", str(ok)], capture_output=True, text=True)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "fine\n", "")
    proc = _subprocess(["run", "-"], input="1/0\n", capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.startswith("<stdin>:1:1: ZeroDivisionError: division by zero")
    proc = _subprocess(["run", str(tmp_path / "nope.py")], capture_output=True, text=True)
    assert proc.returncode == 2
