"""The extras of ``gradcli run``: --explain, --format jsonl, --seed, --jobs N, --summary,
hints (on unless --no-hints).

Plain ``gradcli run`` keeps its own path in cli.py; these options route here.
"""
from __future__ import annotations

import io
import sys


def run_one(source: str, name: str, out, err, debug: bool, seed, explain: bool,
            fmt: str, summary: str | None = None, hints: bool = False) -> int:
    """Run one script text with the requested extras; the exit code.

    ``summary`` (None, "end", "each") and ``hints``: see gradcli.insight.
    """
    from gradcli import runner
    from gradcli.tensor import autograd
    from gradcli.tensor import tensor as tensor_mod
    ins = None
    if summary or hints:
        from gradcli.insight.session import Insight
        ins = Insight(source, name, summary, hints)
    globals_dict: dict = {} if ins is None else ins.globals
    narrator = None
    if explain:
        from .explain import Narrator
        tensor_mod.capture_sources = True
        narrator = Narrator(err, globals_dict, source.splitlines())
        autograd.observers.append(narrator)
    try:
        if ins is not None:
            from gradcli.insight.session import run_insight
            return run_insight(ins, source, name, out, err, debug, seed, fmt, globals_dict)
        if fmt == "jsonl":
            from .events import run_jsonl
            return run_jsonl(source, name, out, debug, seed, globals_dict)
        return runner.run_source(source, name, out, err, debug=debug,
                                 globals_dict=globals_dict, seed=seed)
    finally:
        if ins is not None:
            ins.detach()
        if narrator is not None:
            autograd.observers.remove(narrator)
            tensor_mod.capture_sources = False


def _problem_jsonl(out, name, problem):
    from .events import EventWriter, VERSION
    w = EventWriter(out, name)
    w.emit("start", file=name, schema="gradcli.events", schema_version=VERSION)
    w.emit("error", type="OSError", message=problem.strip(), file=name, line=None,
           column=None)
    w.emit("exit", code=1)


def _worker(args):
    source, name, problem, debug, seed, explain, fmt, summary, hints = args
    out, err = io.StringIO(), io.StringIO()
    if problem is not None:
        if fmt == "jsonl":
            _problem_jsonl(out, name, problem)
        else:
            err.write(problem)
        return 1, out.getvalue(), err.getvalue()
    code = run_one(source, name, out, err, debug, seed, explain, fmt, summary, hints)
    return code, out.getvalue(), err.getvalue()


def run_files(files, debug: bool, seed, explain: bool, fmt: str, jobs: int,
              summary: str | None = None, hints: bool = False) -> int:
    """Run every file; output in file order; the worst exit status."""
    from gradcli.scriptfile import read_script as _read_script
    worst = 0
    header = len(files) > 1 and fmt == "text"
    if jobs > 1 and len(files) > 1:
        import concurrent.futures
        import multiprocessing
        tasks = []
        for path in files:
            source, name, problem = _read_script(path)
            tasks.append((source, name, problem, debug, seed, explain, fmt, summary, hints))
        try:
            ctx = multiprocessing.get_context("fork")
        except ValueError:
            ctx = None
        with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
            for path, (code, out, err) in zip(files, pool.map(_worker, tasks)):
                if header:
                    sys.stdout.write(f"==> {path} <==\n")
                sys.stdout.write(out)
                sys.stdout.flush()
                sys.stderr.write(err)
                sys.stderr.flush()
                worst = max(worst, code)
        return worst
    for path in files:
        if header:
            sys.stdout.write(f"==> {path} <==\n")
        source, name, problem = _read_script(path)
        if problem is not None:
            sys.stdout.flush()
            if fmt == "jsonl":
                _problem_jsonl(sys.stdout, name, problem)
            else:
                sys.stderr.write(problem)
            code = 1
        else:
            code = run_one(source, name, sys.stdout, sys.stderr, debug, seed, explain, fmt,
                           summary, hints)
        worst = max(worst, code)
    return worst
