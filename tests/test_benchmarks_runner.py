"""benchmarks/run.py runs end to end without PyTorch (the NumPy floors only), prints its
table with the targets column and writes its JSON. No timing is asserted: speed targets live
in the benchmarks, not in the tests."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_runner_without_torch(tmp_path):
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--runs", "1", "--only", "W1,W2",
         "--torch-python", sys.executable, "--json", str(out)],
        capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("| workload | gradcli | NumPy floor |")   # no PyTorch columns
    assert any(line.startswith("| W1 start-up") and "vs floor" in line for line in lines)
    assert any(line.startswith("| W2 7 small ops") for line in lines)
    data = json.loads(out.read_text())
    assert set(data["workloads"]) == {"W1 start-up (tutorial)",
                                      "W2 7 small ops x 10,000 + backward"}
    assert data["machine"]["torch"] is False
    w2 = data["workloads"]["W2 7 small ops x 10,000 + backward"]
    assert w2["gradcli"]["engine_s"] > 0 and w2["floor"] > 0
