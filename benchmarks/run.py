"""Benchmark gradcli against PyTorch and NumPy floors, side by side in one run.

    python benchmarks/run.py [--runs N] [--torch-python PATH] [--json OUT]

Each workload (benchmarks/workloads/, and samples/autograd_basics.py for W1) is a plain
PyTorch-syntax script that runs unchanged
under `gradcli run` and under `python` with PyTorch. Whole processes are timed with
time.perf_counter, alternating gradcli and PyTorch run by run; medians are reported. Engine
time = workload time - its baseline (import only, w0_import.py; for W4 the same MLP with 100 fewer steps)
for the same tool. Both tools get one BLAS/OpenMP thread. Peak RSS comes from the operating system (wait4's rusage).
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

# workload -> (script, ops or steps for per-unit figures, unit label, baseline script whose
# time is subtracted to get the engine time)
WORKLOADS = {
    "W1 start-up (tutorial)": ("../../samples/autograd_basics.py", None, "s", "w0_import.py"),
    "W2 7 small ops x 10,000 + backward": ("w2_small_ops.py", 70000, "us/op", "w0_import.py"),
    "W3 100,000-op chain + backward": ("w3_long_chain.py", None, "s", "w0_import.py"),
    "W4 MLP 784-512-10 step": ("w4_mlp.py", 100, "ms/step", "w4_mlp_20.py"),
    "W5 4e6 float32 sin*exp + backward": ("w5_big_elementwise.py", None, "ms", "w0_import.py"),
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
    results = {}
    tools = {"gradcli": gradcli_cmd}
    if torch_py:
        tools["torch"] = lambda s: [torch_py, str(s)]
    base = {}
    for baseline in sorted({w[3] for w in WORKLOADS.values()}):
        for tool, mk in tools.items():
            walls = [run_once(mk(WORK / baseline), env)[0] for _ in range(runs)]
            base[tool, baseline] = statistics.median(walls)
    for name, (script, units, label, baseline) in WORKLOADS.items():
        samples = {tool: [] for tool in tools}
        for _ in range(runs):  # alternate tools run by run
            for tool, mk in tools.items():
                samples[tool].append(run_once(mk(WORK / script), env)[:2])
        row = {}
        for tool, vals in samples.items():
            wall = statistics.median(v[0] for v in vals)
            rss = max(v[1] for v in vals)
            engine = max(wall - base[tool, baseline], 0.0)
            row[tool] = {"wall_s": wall, "engine_s": engine, "peak_rss_mb": rss}
        results[name] = {"units": units, "label": label, **row}
    floors = measure_floors(env, runs)
    baselines = {f"{tool}:{script}": v for (tool, script), v in base.items()}
    return {"baseline_s": baselines, "workloads": results, "floors": floors}


def measure_floors(env, runs):
    py = sys.executable
    deps = statistics.median(run_once([py, str(FLOORS / "import_deps.py")], env)[0]
                             for _ in range(runs))
    def value(script):
        return statistics.median(float(run_once([py, str(FLOORS / script)], env)[2])
                                 for _ in range(runs))
    return {"deps_import_s": deps, "w2_us_per_numpy_call": value("w2_numpy_calls.py"),
            "w4_ms_per_step": value("w4_numpy_mlp.py"), "w5_ms": value("w5_numpy.py")}


def per_unit(row, tool, label, units, engine=True):
    v = row[tool]["engine_s" if engine else "wall_s"]
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
        whole = name.startswith("W1")
        g = per_unit(row, "gradcli", label, units, engine=not whole)
        cells = [name, f"{g:.3f} {label}" if label != "s" else f"{g:.3f} s"]
        if has_torch:
            t = per_unit(row, "torch", label, units, engine=not whole)
            cells += [f"{t:.3f} {label}", f"{g / t:.2f}" if t else "-"]
        cells.append(floor_of[name])
        cells.append(f"{row['gradcli']['peak_rss_mb']:.0f} MB")
        if has_torch:
            cells.append(f"{row['torch']['peak_rss_mb']:.0f} MB")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--torch-python", help="a python that can import torch")
    ap.add_argument("--json", default=str(HERE / "results.json"))
    args = ap.parse_args()
    torch_py = find_torch(args.torch_python)
    data = measure(args.runs, torch_py)
    data["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                       "torch": bool(torch_py)}
    Path(args.json).write_text(json.dumps(data, indent=2))
    print(render(data))
    print(f"\n(median of {args.runs} whole-process runs each; engine time = workload minus its "
          f"baseline run (import only; W4: 20 steps instead of 120); JSON in {args.json})")


if __name__ == "__main__":
    main()
