"""Regenerate tests/golden/dtypes/*.expected with real PyTorch (tests never import torch).

    /work/shared/oracle/torch-oracle tests/gen_dtype_goldens.py [NAME ...]

Every ``tests/golden/dtypes/NAME.py`` script (complex, bfloat16 and float16 tensors) is run
with this interpreter in a fresh process; its stdout becomes ``NAME.expected``. A script
that writes to stderr or fails is reported and gets no golden, because the tests also
require a silent stderr and exit status 0.
"""
from __future__ import annotations

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden", "dtypes")


def main(names) -> int:
    import torch  # noqa: F401  (fail early when not run under the oracle)

    scripts = sorted(f[:-3] for f in os.listdir(GOLDEN) if f.endswith(".py"))
    failed = 0
    for name in names or scripts:
        proc = subprocess.run([sys.executable, name + ".py"], cwd=GOLDEN, capture_output=True,
                              text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
        if proc.returncode != 0 or proc.stderr:
            print(f"{name}: exit {proc.returncode}\n{proc.stderr}", file=sys.stderr)
            failed += 1
            continue
        with open(os.path.join(GOLDEN, name + ".expected"), "w", encoding="utf-8") as fh:
            fh.write(proc.stdout)
        print(f"{name}: {len(proc.stdout.splitlines())} lines")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
