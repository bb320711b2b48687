"""Regenerate the goldens of tests/test_hints.py and tests/test_summary.py.

Run from the repository root: ``python tests/golden/insight/regen.py``.  Review the diff:
the goldens are gradcli's own output (the hint texts and the --summary tables).
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent


def hint_stderr(path: Path) -> str:
    from gradcli.insight.session import run_text
    out, err = io.StringIO(), io.StringIO()
    run_text(path.read_text(encoding="utf-8"), path.name, out, err)
    return err.getvalue()


def _addresses(text: str) -> str:
    import re
    return re.sub(r"object at 0x[0-9a-fA-F]+", "object at 0xADDR", text)


def summary_outputs(path: Path) -> tuple[str, str]:
    from gradcli.cli import cli
    rel = str(path.relative_to(ROOT))
    plain = CliRunner().invoke(cli, ["run", "--no-hints", "--summary", rel]).stdout
    jsonl = CliRunner().invoke(cli, ["run", "--no-hints", "--summary", "--format", "jsonl",
                                     rel]).stdout
    return _addresses(plain), _addresses(jsonl)


def main() -> None:
    import os
    os.chdir(ROOT)
    for script in sorted((HERE / "hints").glob("*.py")):
        if not script.stem.endswith("_near"):
            script.with_suffix(".stderr").write_text(hint_stderr(script), encoding="utf-8")
    out_dir = HERE / "summary"
    out_dir.mkdir(exist_ok=True)
    for sample in sorted((ROOT / "samples").glob("*.py")):
        plain, jsonl = summary_outputs(sample)
        (out_dir / (sample.stem + ".txt")).write_text(plain, encoding="utf-8")
        (out_dir / (sample.stem + ".jsonl")).write_text(jsonl, encoding="utf-8")
    print("regenerated", file=sys.stderr)


if __name__ == "__main__":
    main()
