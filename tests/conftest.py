"""Shared helpers for the end-to-end conformance tests.

Everything here is about *running* a script through gradcli and comparing what
it prints; nothing here knows about tensors.  The pieces:

* ``normalise_addresses(text)`` -- the one address rule used by every golden
  file and every comparison: ``object at 0x<hex>`` becomes ``object at 0xADDR``.
* ``normalise_script_path(text, name)`` -- warning locations reduced to the
  script's base name, for the samples' ``.stderr`` goldens.
* ``gradcli_command()`` -- argv prefix for the gradcli console script.
* ``run_source(source, tmp_path, filename)`` -- run a script (in-process when
  ``IN_PROCESS`` is true and ``gradcli.runner`` exists, else as a subprocess in
  ``tmp_path``) and return a ``RunResult``.
* ``golden_params(kind, cases)`` -- turn ``(id, value)`` pairs into pytest
  params, marking ids listed in ``tests/known_failures.txt`` as
  ``xfail(strict=True)``.
* fixture ``run_gradcli`` -- ``run_source`` bound to the test's ``tmp_path``.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

# The one-line switch: True runs scripts through gradcli.runner.run_source in
# this process (fast); False runs each one as a `gradcli run FILE` subprocess.
# GRADCLI_TEST_SUBPROCESS=1 in the environment flips it without editing.
IN_PROCESS = os.environ.get("GRADCLI_TEST_SUBPROCESS") != "1"

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
GOLDEN = TESTS / "golden"
KNOWN_FAILURES = TESTS / "known_failures.txt"

_ADDRESS = re.compile(r"object(?: [\w.]+)? at 0x[0-9a-fA-F]+\b")


def normalise_addresses(text: str) -> str:
    """Replace every ``object at 0x7f...`` with ``object at 0xADDR``."""
    return _ADDRESS.sub(lambda m: m.group()[:m.group().rindex(" at 0x")] + " at 0xADDR", text)


@dataclass
class RunResult:
    """Exit code and captured output of one gradcli run."""

    returncode: int
    stdout: str
    stderr: str


def normalise_script_path(text: str, name: str) -> str:
    """Cut the directory from warning locations: ``/x/samples/NAME.py:9:`` -> ``NAME.py:9:``.

    Python 3.11 reports an absolute script path where gradcli reports the path
    as given; golden ``.stderr`` files use the bare name.
    """
    return re.sub(rf"(?m)^\S*{re.escape(name)}:", f"{name}:", text)


def gradcli_command() -> list[str]:
    """The installed ``gradcli`` console script, else ``python -m gradcli``."""
    exe = shutil.which("gradcli")
    if exe:
        return [exe]
    return [sys.executable, "-m", "gradcli"]


def subprocess_env() -> dict[str, str]:
    """Environment for subprocesses: the repository importable, UTF-8 output."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p
    )
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run_file(path: Path, cwd: Path, *options: str) -> RunResult:
    """Run ``gradcli run [OPTIONS] PATH`` (path relative to ``cwd``) as a subprocess."""
    argv = gradcli_command() + ["run", *options, str(path)]
    proc = subprocess.run(
        argv,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=subprocess_env(),
        timeout=120,
    )
    return RunResult(proc.returncode, proc.stdout, proc.stderr)


def _in_process_runner():
    """``gradcli.runner.run_source`` if it can be imported, else None."""
    if not IN_PROCESS:
        return None
    try:
        from gradcli.runner import run_source
    except ImportError:
        return None
    return run_source


def run_source(source: str, tmp_path: Path, filename: str = "script.py") -> RunResult:
    """Run script text named ``filename`` and capture exit code, stdout, stderr.

    In-process the text is handed to ``run_source(source, filename, out, err)``;
    otherwise it is written to ``tmp_path/filename`` and run from ``tmp_path``
    so that file names in messages read ``filename`` either way.  The
    subprocess gets ``--no-hints``: gradcli's pitfall hints are its own extra
    stderr text, which ``run_source`` does not write, so both paths compare
    the same thing (PyTorch's output).
    """
    runner = _in_process_runner()
    if runner is not None:
        out, err = io.StringIO(), io.StringIO()
        code = runner(source, filename, out, err)
        return RunResult(code, out.getvalue(), err.getvalue())
    (tmp_path / filename).write_text(source, encoding="utf-8")
    return run_file(Path(filename), tmp_path, "--no-hints")


def load_known_failures() -> dict[str, str]:
    """``{id: reason}`` from ``tests/known_failures.txt`` (``id  # reason`` lines)."""
    known: dict[str, str] = {}
    if KNOWN_FAILURES.exists():
        for raw in KNOWN_FAILURES.read_text(encoding="utf-8").splitlines():
            ident, _, reason = raw.partition("#")
            ident = ident.strip()
            if ident:
                known[ident] = reason.strip() or "known failure"
    return known


def golden_params(kind: str, cases):
    """pytest params with id ``kind:name``; known failures become strict xfails."""
    known = load_known_failures()
    params = []
    for name, value in cases:
        ident = f"{kind}:{name}"
        marks = ()
        if ident in known:
            marks = (pytest.mark.xfail(reason=known[ident], strict=True),)
        params.append(pytest.param(value, id=ident, marks=marks))
    return params


@pytest.fixture
def run_gradcli(tmp_path):
    """Callable ``(source, filename="script.py") -> RunResult`` using this test's tmp dir."""

    def run(source: str, filename: str = "script.py") -> RunResult:
        return run_source(source, tmp_path, filename)

    return run
