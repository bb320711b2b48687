"""Generate tests/golden/nn/NAME.py and NAME.expected (+ NAME.stderr when PyTorch warns).

Run: python3 tests/gen_nn_goldens.py [NAME...]   (needs /work/shared/oracle/torch-oracle)
Each script runs under real PyTorch 2.13 in a forked child of one oracle process (fresh
warning registry per script); stdout becomes NAME.expected. Scripts are seeded, so the
goldens are reproducible. The tests (tests/test_nn.py) never need torch.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "golden" / "nn"
ORACLE = "/work/shared/oracle/torch-oracle"

HEAD = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"

DRIVER = r'''
import os, sys, traceback
import torch
src_dir = sys.argv[1]
for name in sys.argv[2:]:
    code = open(os.path.join(src_dir, name + ".py")).read()
    pid = os.fork()
    if pid == 0:
        os.chdir(src_dir)
        sys.stdout = open(name + ".expected", "w")
        sys.stderr = open(name + ".stderr_tmp", "w")
        rc = 0
        try:
            exec(compile(code, name + ".py", "exec"), {"__name__": "__main__"})
        except BaseException:
            traceback.print_exc()
            rc = 1
        sys.stdout.flush(); sys.stderr.flush()
        os._exit(rc)
    _, st = os.waitpid(pid, 0)
    if st:
        print("FAILED", name, file=sys.stderr)
'''

# A standard prelude: leaves like the reference table's environment.
ENV = HEAD + """\
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.randn(2, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
"""


def err(stmt):
    """A statement wrapped to print the exception type and message."""
    return (f"try:\n    {stmt}\nexcept Exception as e:\n"
            f"    print(type(e), e)\n")


SCRIPTS: dict[str, str] = {}


def add(name, body, env=ENV):
    assert name not in SCRIPTS, name
    SCRIPTS[name] = env + body


from gen_nn_cases import register  # noqa: E402  (the case list lives in its own file)

register(add, err, HEAD)


def main(names):
    OUT.mkdir(parents=True, exist_ok=True)
    todo = names or sorted(SCRIPTS)
    for name in todo:
        (OUT / f"{name}.py").write_text(SCRIPTS[name], encoding="utf-8")
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(DRIVER)
        driver = fh.name
    try:
        subprocess.run([ORACLE, driver, str(OUT)] + todo, check=True)
    finally:
        os.unlink(driver)
    for name in todo:
        tmp = OUT / f"{name}.stderr_tmp"
        text = tmp.read_text(encoding="utf-8")
        tmp.unlink()
        target = OUT / f"{name}.stderr"
        if text:
            target.write_text(text, encoding="utf-8")
        elif target.exists():
            target.unlink()
    print(f"wrote {len(todo)} goldens to {OUT}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main(sys.argv[1:])
