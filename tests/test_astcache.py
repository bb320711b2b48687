"""The parsed-script cache: hits skip Lark entirely, misses and damage fall back to parsing."""
from __future__ import annotations

import os
import subprocess
import sys

from gradcli import astcache, syntax

SCRIPT = "import torch\nx = torch.ones(2, requires_grad=True)\nprint((x * 3).sum())\n"


def test_second_parse_comes_from_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert astcache.load(SCRIPT) is None
    first = syntax.parse(SCRIPT)
    cached = astcache.load(SCRIPT)
    assert cached is not None and cached is not first
    assert repr(cached) == repr(first)


def test_damaged_entry_is_a_miss(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    syntax.parse(SCRIPT)
    path = astcache._path(SCRIPT)
    with open(path, "wb") as fh:
        fh.write(b"not a pickle")
    assert astcache.load(SCRIPT) is None
    assert repr(syntax.parse(SCRIPT)) == repr(syntax.parse(SCRIPT))


def test_syntax_errors_are_not_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    bad = "if True\n    pass\n"
    try:
        syntax.parse(bad)
    except Exception:  # noqa: BLE001 - the syntax error itself is tested elsewhere
        pass
    assert astcache.load(bad) is None


def test_disabled_by_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("GRADCLI_NO_CACHE", "1")
    syntax.parse(SCRIPT)
    assert not (tmp_path / "gradcli" / "ast").exists()


def test_warm_run_does_not_import_lark(tmp_path):
    script = tmp_path / "s.py"
    script.write_text(SCRIPT)
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    probe = ("import sys, runpy; sys.argv = ['gradcli', 'run', '--no-hints', %r]\n"
             "try:\n    runpy.run_module('gradcli', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "sys.stderr.write('LARK=%%s' %% ('lark' in sys.modules))\n") % str(script)
    cold = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    warm = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert cold.stdout == warm.stdout == "tensor(6., grad_fn=<SumBackward0>)\n"
    assert "LARK=True" in cold.stderr
    assert "LARK=False" in warm.stderr
