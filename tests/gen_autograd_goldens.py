"""Regenerate the autograd golden outputs with the real PyTorch oracle.

Maintainer tool only (the tests never need torch):

    python tests/gen_autograd_goldens.py [NAME ...]

Every ``tests/golden/autograd/NAME.py`` runs under ``torch-oracle`` with that folder
as working directory. Its stdout (object addresses normalised) goes to
``NAME.expected``; its stderr, when not empty (PyTorch warnings), to ``NAME.stderr``.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ORACLE = os.environ.get("TORCH_ORACLE", "/work/shared/oracle/torch-oracle")
FOLDER = Path(__file__).resolve().parent / "golden" / "autograd"
_ADDR = re.compile(r"object at 0x[0-9a-fA-F]+")


def _drop_internal_warnings(text: str) -> str:
    """Remove warnings that PyTorch attributes to its own files (for example the
    `backward(create_graph=True)` reference-cycle warning, located in
    torch/autograd/graph.py): gradcli has no such files to name. A warning is a
    `FILE:LINE: Category: message` line followed by its indented source line."""
    out = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if "site-packages/torch/" in line.split(":", 1)[0]:
            i += 2 if i + 1 < len(lines) and lines[i + 1].startswith("  ") else 1
            continue
        out.append(line)
        i += 1
    return "".join(out)


def regen(path: Path) -> str:
    proc = subprocess.run([ORACLE, path.name], cwd=path.parent, capture_output=True,
                          text=True)
    path.with_suffix(".expected").write_text(_ADDR.sub("object at 0xADDR", proc.stdout))
    err_file = path.with_suffix(".stderr")
    stderr = _drop_internal_warnings(proc.stderr.replace(str(path.parent) + os.sep, ""))
    if stderr:
        err_file.write_text(stderr)
    elif err_file.exists():
        err_file.unlink()
    status = f"exit {proc.returncode}" if proc.returncode else "ok"
    return f"{path.name}: {status}" + (" (stderr kept)" if stderr else "")


def main(names: list[str]) -> None:
    scripts = sorted(FOLDER.glob("*.py"))
    if names:
        scripts = [p for p in scripts if p.stem in names]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for line in pool.map(regen, scripts):
            print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
