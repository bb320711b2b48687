"""Time one workload script inside the process, after the tool's imports.

    python harness.py gradcli SCRIPT     # gradcli's engine, through its in-process runner
    python harness.py torch SCRIPT       # the same script under PyTorch (needs torch)

Prints the CPU seconds the script body took (time.process_time: on a shared machine the
other tenants' load stretches wall-clock time but not the process's own CPU time). Imports
(numpy and the engine, or torch) happen before the clock starts; whole-process start-up is
measured separately (W1).
"""
import io
import sys
import time


def main():
    tool, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as fh:
        src = fh.read()
    sink = io.StringIO()
    if tool == "gradcli":
        import gradcli.tensor.api  # noqa: F401  (like `import torch` below)
        from gradcli.runner import run_source
        run_source("import torch\n", "warm.py", stdout=sink)  # parser and namespace ready
        t = time.process_time()
        code = run_source(src, path, stdout=sink, stderr=sink)
        dt = time.process_time() - t
        if code != 0:
            sys.stderr.write(sink.getvalue())
            sys.exit(code)
    else:
        import contextlib

        import torch
        torch.set_num_threads(1)
        compiled = compile(src, path, "exec")
        t = time.process_time()
        with contextlib.redirect_stdout(sink):
            exec(compiled, {"__name__": "__main__"})
        dt = time.process_time() - t
    print(f"{dt:.6f}")


if __name__ == "__main__":
    main()
