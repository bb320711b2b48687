"""Benchmark gradcli against PyTorch and NumPy floors, side by side in one run.

    python benchmarks/run.py [--runs N] [--torch-python PATH] [--json OUT]

Each workload (benchmarks/workloads/, and samples/autograd_basics.py for W1) is a plain
PyTorch-syntax script that runs unchanged under `gradcli run` and under `python` with PyTorch.
W1 (start-up) times whole processes. W2-W5 time the script inside the process, after the
tool's imports (benchmarks/harness.py): PyTorch's import alone varies by seconds on a shared
machine, which would swamp a difference of whole-process times. W4's time per step is
(120 steps - 20 steps) / 100. Runs alternate gradcli and PyTorch; medians are reported; both
get one BLAS/OpenMP thread; peak RSS is the whole process's, from the operating system.
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

# workload -> (script, units for per-unit figures, unit label, baseline script or None)
# W1 is timed as whole processes; the others inside the process (benchmarks/harness.py),
# after imports, minus the baseline script's time when there is one.
WORKLOADS = {
    "W1 start-up (tutorial)": ("../../samples/autograd_basics.py", None, "s", None),
    "W2 7 small ops x 10,000 + backward": ("w2_small_ops.py", 70000, "us/op", None),
    "W3 100,000-op chain + backward": ("w3_long_chain.py", None, "s", None),
    "W4 MLP 784-512-10 step": ("w4_mlp.py", 100, "ms/step", "w4_mlp.py:range(120)->range(20)"),
    "W5 4e6 float32 sin*exp + backward": ("w5_big_elementwise.py", None, "ms", None),
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


def measure(runs, torch_py):
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

    import tempfile
    tmp = Path(tempfile.mkdtemp(prefix="gradcli-bench-"))
    results = {}
    for name, (script, units, label, baseline) in WORKLOADS.items():
        if baseline is not None:  # "file:old->new": the same script with a text change
            base_file, change = baseline.split(":", 1)
            old, new = change.split("->")
            baseline = tmp / f"baseline_{base_file}"
            baseline.write_text((WORK / base_file).read_text().replace(old, new))
        timer = whole if baseline is None and name.startswith("W1") else inside
        samples = {tool: [] for tool in tools}
        for _ in range(runs):  # alternate the tools run by run
            for tool in tools:
                t, rss = timer(tool, WORK / script)
                if baseline is not None:
                    t -= timer(tool, baseline)[0]
                samples[tool].append((t, rss))
        row = {}
        for tool, vals in samples.items():
            row[tool] = {"engine_s": max(statistics.median(v[0] for v in vals), 0.0),
                         "peak_rss_mb": max(v[1] for v in vals)}
        results[name] = {"units": units, "label": label, **row}
    floors = measure_floors(env, runs)
    return {"workloads": results, "floors": floors}


def measure_floors(env, runs):
    py = sys.executable
    deps = statistics.median(run_once([py, str(FLOORS / "import_deps.py")], env)[0]
                             for _ in range(runs))
    def value(script):
        return statistics.median(float(run_once([py, str(FLOORS / script)], env)[2])
                                 for _ in range(runs))
    return {"deps_import_s": deps, "w2_us_per_numpy_call": value("w2_numpy_calls.py"),
            "w4_ms_per_step": value("w4_numpy_mlp.py"), "w5_ms": value("w5_numpy.py")}


def per_unit(row, tool, label, units):
    v = row[tool]["engine_s"]
    if label == "us/op":
        return v / units * 1e6
    if label == "ms/step":
        return v / units * 1e3
    if label == "ms":
        return v * 1e3
    return v


def render(data):
    wl = data["workloads"]
    fl = data["floors"]
    has_torch = any("torch" in r for r in wl.values())
    lines = ["| workload | gradcli | " + ("PyTorch | ratio | " if has_torch else "")
             + "NumPy floor | gradcli peak RSS | " + ("PyTorch peak RSS |" if has_torch else ""),
             "|---|---|" + ("---|---|" if has_torch else "") + "---|---|"
             + ("---|" if has_torch else "")]
    floor_of = {
        "W1 start-up (tutorial)": f"{fl['deps_import_s']:.3f} s (imports)",
        "W2 7 small ops x 10,000 + backward": f"{fl['w2_us_per_numpy_call']:.2f} us/call",
        "W3 100,000-op chain + backward": "-",
        "W4 MLP 784-512-10 step": f"{fl['w4_ms_per_step']:.2f} ms/step",
        "W5 4e6 float32 sin*exp + backward": f"{fl['w5_ms']:.1f} ms",
    }
    for name, row in wl.items():
        label, units = row["label"], row["units"]
        g = per_unit(row, "gradcli", label, units)
        cells = [name, f"{g:.3f} {label}" if label != "s" else f"{g:.3f} s"]
        if has_torch:
            t = per_unit(row, "torch", label, units)
            cells += [f"{t:.3f} {label}", f"{g / t:.2f}" if t else "-"]
        cells.append(floor_of[name])
        cells.append(f"{row['gradcli']['peak_rss_mb']:.0f} MB")
        if has_torch:
            cells.append(f"{row['torch']['peak_rss_mb']:.0f} MB")
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
    data = measure(args.runs, torch_py)
    data["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                       "torch": bool(torch_py)}
    Path(args.json).write_text(json.dumps(data, indent=2))
    print(render(data))
    print(f"\n(medians of {args.runs} runs, the tools alternating; W1 is the whole process, "
          f"W2-W5 the script's time inside the process after imports (W4: 120 minus 20 "
          f"steps); peak RSS of the whole process; JSON in {args.json})")


if __name__ == "__main__":
    main()
