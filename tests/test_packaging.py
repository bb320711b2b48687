"""Build the wheel, install it into a fresh venv and run a sample from a folder
outside the repository: proves the grammar ships inside the wheel and the
console script works without the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, normalise_addresses

# Copied into a private build folder so the build never writes build/ or
# *.egg-info into the shared checkout.
SOURCE_ITEMS = ("pyproject.toml", "README.md", "LICENSE", "gradcli", "grammar")


def _copy_sources(dest: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in SOURCE_ITEMS:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=ignore)
        elif src.exists():
            shutil.copy2(src, dest / name)


def _dependency_paths() -> list[str]:
    """Folders holding numpy/lark/click/rich for this interpreter (for a .pth)."""
    import click
    import lark
    import numpy
    import rich

    return sorted({str(Path(m.__file__).resolve().parent.parent) for m in (numpy, lark, click, rich)})


def _venv_bin(env_dir: Path, name: str) -> Path:
    sub = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return env_dir / sub / (name + suffix)


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel-build")
    src = work / "src"
    src.mkdir()
    _copy_sources(src)
    out = work / "dist"
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(src)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    wheels = list(out.glob("gradcli-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_contains_grammar(built_wheel):
    names = zipfile.ZipFile(built_wheel).namelist()
    assert "gradcli/grammar/gradcli.lark" in names
    assert "gradcli/cli.py" in names
    assert not any(n.startswith(("tests/", "samples/")) for n in names)


def test_wheel_contains_every_module_of_the_source_tree(built_wheel):
    names = set(zipfile.ZipFile(built_wheel).namelist())
    modules = [p.relative_to(ROOT).as_posix() for p in (ROOT / "gradcli").rglob("*.py")
               if "__pycache__" not in p.parts]
    missing = [m for m in modules if m not in names]
    assert not missing, f"not shipped in the wheel (add the package to pyproject.toml): {missing}"


def test_installed_wheel_runs_sample(built_wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    py = _venv_bin(env_dir, "python")
    site_dir = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    # numpy/lark/click/rich come from this interpreter, wherever it keeps them.
    Path(site_dir, "gradcli-test-deps.pth").write_text("\n".join(_dependency_paths()) + "\n")

    pip = subprocess.run(
        # --ignore-installed: a gradcli in the system site-packages must not satisfy this
        [sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
         "--ignore-installed", "--no-index", "--disable-pip-version-check", "-q", str(built_wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert pip.returncode == 0, pip.stdout + pip.stderr

    work = tmp_path / "outside"
    work.mkdir()
    shutil.copy2(ROOT / "samples" / "autograd_basics.py", work / "autograd_basics.py")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONIOENCODING"] = "utf-8"

    packages = sorted({".".join(p.relative_to(ROOT).parent.parts)
                       for p in (ROOT / "gradcli").rglob("__init__.py")})
    where = subprocess.run(
        [str(py), "-c", "import importlib\n"
         f"for name in {packages!r}:\n"
         "    print(importlib.import_module(name).__file__)"],
        cwd=work, capture_output=True, text=True, env=env,
    )
    assert where.returncode == 0, where.stderr
    for line in where.stdout.split():  # each package comes from the venv, not the checkout
        assert Path(line).resolve().is_relative_to(env_dir.resolve()), line

    gradcli = _venv_bin(env_dir, "gradcli")
    assert gradcli.exists()
    proc = subprocess.run(
        # --no-hints: gradcli's pitfall hints are not PyTorch output (see test_samples)
        [str(gradcli), "run", "--no-hints", "autograd_basics.py"],
        cwd=work, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )
    expected = (ROOT / "samples" / "autograd_basics.expected").read_text(encoding="utf-8")
    assert normalise_addresses(proc.stdout) == expected, proc.stderr
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
