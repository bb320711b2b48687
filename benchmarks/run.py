"""Benchmark gradcli against PyTorch and NumPy floors, side by side in one run.

    python benchmarks/run.py [--runs N] [--torch-python PATH] [--json OUT] [--only W4,W5]

Each workload (benchmarks/workloads/, and samples/autograd_basics.py for W1) is a plain
PyTorch-syntax script that runs unchanged under `gradcli run` and under `python` with PyTorch.
W1 (start-up) times whole processes. W2-W5 time the script inside the process, after the
tool's imports, as the process's CPU time (benchmarks/harness.py; the NumPy floors alike): PyTorch's import alone varies by seconds on a shared
machine, which would swamp a difference of whole-process times. W4's time per step is
(120 steps - 20 steps) / 100. Runs alternate gradcli, PyTorch and the NumPy floor; medians
are reported; all get one BLAS/OpenMP thread; peak RSS is the whole process's, from the
operating system. The last column checks the targets of issue #9 (TARGETS below).
PyTorch is optional: without it (no --torch-python and `import torch` fails) the table shows
gradcli against the NumPy floors only.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / "workloads"
FLOORS = HERE / "floors"

ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

# workload -> (script, units for per-unit figures, unit label, baseline script or None,
# NumPy floor script or None). W1 is timed as whole processes; the others inside the process
# (benchmarks/harness.py), after imports, minus the baseline script's time when there is one.
# A floor script prints its own figure (W1's: the whole process is the figure).
WORKLOADS = {
    "W1 start-up (tutorial)": ("../../samples/autograd_basics.py", None, "s", None,
                               "import_deps.py"),
    "W2 7 small ops x 10,000 + backward": ("w2_small_ops.py", 70000, "us/op", None,
                                           "w2_numpy_calls.py"),
    "W3 100,000-op chain + backward": ("w3_long_chain.py", None, "s", None, None),
    "W4 MLP 784-512-10 step": ("w4_mlp.py", 100, "ms/step", "w4_mlp.py:range(120)->range(20)",
                               "w4_numpy_mlp.py"),
    "W5 4e6 float32 sin*exp + backward": ("w5_big_elementwise.py", None, "ms", None,
                                          "w5_numpy.py"),
}

# The targets of issue #9, as (what is compared, limit): "torch" is gradcli / PyTorch in time,
# "floor" gradcli / the NumPy floor, "rss" gradcli's peak RSS / PyTorch's.
TARGETS = {
    "W1": (("torch", 0.15), ("floor", 1.3)),
    "W2": (("torch", 1.0),),
    "W3": (("torch", 1.0), ("rss", 1.0)),
    "W4": (("torch", 1.1),),
    "W5": (("floor", 1.2), ("rss", 1.0)),
}


def run_once(cmd, env):
    """Wall seconds and peak RSS (MB) of one whole process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out, err = proc.stdout.read(), proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed:\n{err.decode()[-2000:]}")
    return wall, usage.ru_maxrss / 1024.0, out.decode()


def gradcli_cmd(script):
    exe = shutil.which("gradcli")
    base = [exe] if exe else [sys.executable, "-m", "gradcli"]
    return base + ["run", str(script)]


def find_torch(python):
    candidates = [python] if python else [sys.executable]
    for py in candidates:
        try:
            subprocess.run([py, "-c", "import torch"], check=True, capture_output=True)
            return py
        except (subprocess.CalledProcessError, FileNotFoundError):
            continue
    return None


def measure(runs, torch_py, only=None):
    """Per workload: the tools' engine times (medians) and peak RSS, and the NumPy floor,
    all measured in the same rounds (gradcli, PyTorch, floor, gradcli, ...) so that a busy
    spell of a shared machine falls on every column alike."""
    env = dict(os.environ, **ONE_THREAD)
    tools = {"gradcli": None}
    if torch_py:
        tools["torch"] = torch_py
    harness = HERE / "harness.py"

    def whole(tool, script):
        cmd = gradcli_cmd(script) if tool == "gradcli" else [tools[tool], str(script)]
        return run_once(cmd, env)[:2]

    def inside(tool, script):
        py = sys.executable if tool == "gradcli" else tools[tool]
        wall, rss, out = run_once([py, str(harness), tool, str(script)], env)
        return float(out.split()[-1]), rss

    def floor(script, name):
        wall, _, out = run_once([sys.executable, str(FLOORS / script)], env)
        return wall if name.startswith("W1") else float(out.split()[-1])

    import tempfile
    tmp = Path(tempfile.mkdtemp(prefix="gradcli-bench-"))
    results = {}
    for name, (script, units, label, baseline, floor_script) in WORKLOADS.items():
        if only and name.split()[0] not in only:
            continue
        if baseline is not None:  # "file:old->new": the same script with a text change
            base_file, change = baseline.split(":", 1)
            old, new = change.split("->")
            baseline = tmp / f"baseline_{base_file}"
            baseline.write_text((WORK / base_file).read_text().replace(old, new))
        timer = whole if baseline is None and name.startswith("W1") else inside
        samples = {tool: [] for tool in tools}
        floors = []
        for _ in range(runs):  # alternate the tools run by run
            for tool in tools:
                t, rss = timer(tool, WORK / script)
                if baseline is not None:
                    t -= timer(tool, baseline)[0]
                samples[tool].append((t, rss))
            if floor_script:
                floors.append(floor(floor_script, name))
        row = {}
        for tool, vals in samples.items():
            row[tool] = {"engine_s": max(statistics.median(v[0] for v in vals), 0.0),
                         "peak_rss_mb": max(v[1] for v in vals)}
        if floors:
            row["floor"] = statistics.median(floors)
        results[name] = {"units": units, "label": label, **row}
    return {"workloads": results}


def per_unit(row, tool, label, units):
    v = row[tool]["engine_s"]
    if label == "us/op":
        return v / units * 1e6
    if label == "ms/step":
        return v / units * 1e3
    if label == "ms":
        return v * 1e3
    return v


FLOOR_LABEL = {"s": "s (imports)", "us/op": "us/call", "ms/step": "ms/step", "ms": "ms"}


def verdicts(name, row):
    """The workload's targets as text, e.g. "torch 0.73 <= 1.0 ok"; None when a figure that
    a target needs was not measured (no PyTorch)."""
    out = []
    label, units = row["label"], row["units"]
    g = per_unit(row, "gradcli", label, units)
    for what, limit in TARGETS.get(name.split()[0], ()):
        if what == "floor" and "floor" in row:
            ratio = g / row["floor"] if row["floor"] else float("inf")
        elif what == "torch" and "torch" in row:
            t = per_unit(row, "torch", label, units)
            ratio = g / t if t else float("inf")
        elif what == "rss" and "torch" in row:
            ratio = row["gradcli"]["peak_rss_mb"] / row["torch"]["peak_rss_mb"]
        else:
            continue
        word = {"torch": "vs PyTorch", "floor": "vs floor", "rss": "RSS vs PyTorch"}[what]
        out.append(f"{word} {ratio:.2f} {'ok' if ratio <= limit else 'MISSED'} (<= {limit})")
    return "; ".join(out)


def render(data):
    wl = data["workloads"]
    has_torch = any("torch" in r for r in wl.values())
    lines = ["| workload | gradcli | " + ("PyTorch | ratio | " if has_torch else "")
             + "NumPy floor | gradcli peak RSS | " + ("PyTorch peak RSS | " if has_torch else "")
             + "targets |",
             "|---|---|" + ("---|---|" if has_torch else "") + "---|---|"
             + ("---|" if has_torch else "") + "---|"]
    for name, row in wl.items():
        label, units = row["label"], row["units"]
        g = per_unit(row, "gradcli", label, units)
        cells = [name, f"{g:.3f} {label}"]
        if has_torch:
            t = per_unit(row, "torch", label, units)
            cells += [f"{t:.3f} {label}", f"{g / t:.2f}" if t else "-"]
        fl = row.get("floor")
        cells.append(f"{fl:.3f} {FLOOR_LABEL[label]}" if fl is not None else "-")
        cells.append(f"{row['gradcli']['peak_rss_mb']:.0f} MB")
        if has_torch:
            cells.append(f"{row['torch']['peak_rss_mb']:.0f} MB")
        cells.append(verdicts(name, row) or "-")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


# --scaling: how time and memory grow with the size of W2, W3 and W5 (gradcli only).
SCALING = {
    "W2 small ops (ops)": ("w2_small_ops.py", "range(10000)", "range({n})", 7,
                           (1000, 10000, 100000, 1000000)),
    "W3 chain (ops)": ("w3_long_chain.py", "range(100000)", "range({n})", 1,
                       (1000, 10000, 100000, 1000000)),
    "W5 elementwise (elements)": ("w5_big_elementwise.py", "4000000", "{n}", 1,
                                  (10000, 100000, 1000000, 10000000)),
}


def scaling(env):
    """Rows of (workload, size, engine seconds, seconds per unit, peak RSS MB); the time is
    the script's inside the process (benchmarks/harness.py)."""
    import tempfile
    rows = []
    harness = HERE / "harness.py"
    with tempfile.TemporaryDirectory() as tmp:
        for name, (script, old, new, per_iter, sizes) in SCALING.items():
            text = (WORK / script).read_text()
            for n in sizes:
                iters = max(1, n // per_iter)
                path = Path(tmp) / f"{n}_{script}"
                path.write_text(text.replace(old, new.format(n=iters)))
                _, rss, out = run_once([sys.executable, str(harness), "gradcli", str(path)], env)
                engine = float(out.split()[-1])
                rows.append((name, n, engine, engine / n, rss))
    return rows


def render_scaling(rows):
    lines = ["| workload | size | engine time | per unit | peak RSS |", "|---|---|---|---|---|"]
    for name, n, t, per, rss in rows:
        lines.append(f"| {name} | {n:,} | {t:.3f} s | {per * 1e6:.2f} us | {rss:.0f} MB |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--torch-python", help="a python that can import torch")
    ap.add_argument("--json", default=str(HERE / "results.json"))
    ap.add_argument("--only", help="comma-separated workloads to run, e.g. W4,W5")
    ap.add_argument("--scaling", action="store_true",
                    help="only measure how W2, W3 and W5 grow with their size (gradcli)")
    args = ap.parse_args()
    if args.scaling:
        print(render_scaling(scaling(dict(os.environ, **ONE_THREAD))))
        return
    # Byte-compile gradcli as pip does at install time (an editable checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise recompile every module on every start-up).
    import compileall
    compileall.compile_dir(str(HERE.parent / "gradcli"), quiet=1)
    torch_py = find_torch(args.torch_python)
    only = set(args.only.upper().split(",")) if args.only else None
    data = measure(args.runs, torch_py, only)
    data["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                       "torch": bool(torch_py)}
    Path(args.json).write_text(json.dumps(data, indent=2))
    print(render(data))
    print(f"\n(medians of {args.runs} runs, gradcli, PyTorch and the floor alternating; W1 is the whole process, "
          f"W2-W5 the script's time inside the process after imports (W4: 120 minus 20 "
          f"steps); peak RSS of the whole process; JSON in {args.json})")


if __name__ == "__main__":
    main()
