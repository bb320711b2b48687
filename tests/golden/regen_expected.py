"""Regenerate ``NAME.expected`` goldens with the real PyTorch oracle.

Maintainer tool only; the test suite never runs it and never needs torch.

    python tests/golden/regen_expected.py samples/*.py tests/golden/scripts/*.py

Each script runs under ``torch-oracle`` with the script's own folder as the
working directory; stdout is written next to it as ``NAME.expected`` with
object addresses normalised (same rule as ``tests/conftest.py``).  A clean run
that writes warnings to stderr also gets ``NAME.stderr``, with the script's
path in warning locations cut to its base name (``NAME.py:9: UserWarning``);
only ``tests/test_samples.py`` accepts such a file.  Non-zero exits are
reported, since goldens are meant to be clean runs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ORACLE = os.environ.get("TORCH_ORACLE", "/work/shared/oracle/torch-oracle")
_ADDR = re.compile(r"object at 0x[0-9a-fA-F]+")


def normalise(text: str) -> str:
    return _ADDR.sub("object at 0xADDR", text)


def normalise_script_path(text: str, name: str) -> str:
    """``/any/dir/NAME.py:9:`` at a line start becomes ``NAME.py:9:``."""
    return re.sub(rf"(?m)^\S*{re.escape(name)}:", f"{name}:", text)


def regen(path: Path) -> str:
    proc = subprocess.run(
        [ORACLE, path.name], cwd=path.parent, capture_output=True, text=True
    )
    path.with_suffix(".expected").write_text(normalise(proc.stdout))
    stderr_file = path.with_suffix(".stderr")
    if proc.stderr and not proc.returncode:
        stderr_file.write_text(normalise_script_path(normalise(proc.stderr), path.name))
        return f"{path}: ok, wrote {stderr_file.name}"
    if stderr_file.exists():
        stderr_file.unlink()
    problems = []
    if proc.returncode:
        problems.append(f"exit {proc.returncode}")
    if proc.stderr:
        problems.append("stderr:\n" + proc.stderr)
    return f"{path}: " + ("; ".join(problems) if problems else "ok")


def main(argv: list[str]) -> int:
    paths = [Path(a).resolve() for a in argv]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for line in pool.map(regen, paths):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
