"""gradcli graph: text tree, DOT, Mermaid; deep graphs without recursion."""
from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from gradcli.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def run(args):
    return CliRunner().invoke(cli, ["graph", *args])


def test_tutorial_dot_has_exactly_the_expected_nodes_and_edges():
    r = run([str(ROOT / "samples" / "autograd_basics.py"), "--format", "dot"])
    assert r.exit_code == 0
    nodes = dict(re.findall(r'^  (n\d+) \[label="([^"]*)"', r.stdout, re.M))
    edges = re.findall(r"^  (n\d+) -> (n\d+);$", r.stdout, re.M)
    # v * 2 (line 44), then 9 doublings in the while loop (line 47): the last backward()
    expected = {f"n{k}": "MulBackward0\\ny (line 47)\\n[3] float32" for k in range(9)}
    expected["n9"] = "MulBackward0\\ny (line 44)\\n[3] float32"
    expected["n10"] = "AccumulateGrad\\nv\\n[3] float32"
    assert nodes == expected
    assert edges == [(f"n{k}", f"n{k + 1}") for k in range(10)]


def test_text_tree_marks_shared_nodes_once():
    r = run(["--expr", "sin(x)*x + x@x", "--at", "x=[1.,2]"])
    assert r.exit_code == 0
    assert r.stdout == (
        "#0 AddBackward0  [2] float32\n"
        "├── #1 MulBackward0  [2] float32\n"
        "│   ├── #2 SinBackward0  [2] float32\n"
        "│   │   #3 AccumulateGrad  x  [2] float32\n"
        "│   └── ^ #3 AccumulateGrad (shared, shown above)\n"
        "└── #4 DotBackward0  [] float32\n"
        "    ├── ^ #3 AccumulateGrad (shared, shown above)\n"
        "    └── ^ #3 AccumulateGrad (shared, shown above)\n")


def test_var_and_last_assigned(tmp_path):
    script = tmp_path / "s.py"
    script.write_text("import torch\na = torch.tensor(1., requires_grad=True)\n"
                      "b = a.exp()\nc = b * 2\n")
    r = run([str(script)])
    assert r.stdout.splitlines()[0] == "#0 MulBackward0  c (line 4)  [] float32"
    r = run([str(script), "--var", "b"])
    assert r.stdout.splitlines()[0] == "#0 ExpBackward0  b (line 3)  [] float32"
    assert run([str(script), "--var", "a"]).exit_code == 1


def test_mermaid():
    r = run(["--expr", "x.exp()", "--at", "x=1.", "--format", "mermaid"])
    assert r.stdout == ('flowchart TD\n  n0["ExpBackward0<br/>[] float32"]\n'
                        '  n1["AccumulateGrad<br/>x<br/>[] float32"]\n  n0 --> n1\n')


def test_usage_and_script_errors(tmp_path):
    assert run([]).exit_code == 2
    bad = tmp_path / "bad.py"
    bad.write_text("1/0\n")
    r = run([str(bad)])
    assert r.exit_code == 1 and "ZeroDivisionError" in r.stderr


def test_deep_graph_renders_iteratively():
    from gradcli.commands.graph import to_dot, to_text, walk
    from gradcli.commands.naming import Namer
    from gradcli.tensor.creation import tensor
    x = tensor(1.0, requires_grad=True)
    y = x
    for _ in range(100_000):
        y = y * 1.0
    g = walk(y.grad_fn, y, Namer({"x": x}, None))
    assert len(g.labels) == 100_001
    text = to_text(g)
    assert text.count("\n") == 100_001 and text.endswith("AccumulateGrad  x  [] float32\n")
    assert to_dot(g).count(" -> ") == 100_000
