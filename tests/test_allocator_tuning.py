"""runner.tune_allocator: glibc's mmap/trim thresholds raised once per process, never when
GRADCLI_MALLOC_TUNING=0, and silently skipped where the C library has no mallopt."""
from __future__ import annotations

import ctypes
import sys

import pytest

from gradcli import runner


class _FakeLibc:
    def __init__(self, calls):
        self.calls = calls

    def mallopt(self, param, value):
        self.calls.append((param, value))
        return 1


@pytest.fixture
def fresh(monkeypatch):
    calls = []
    monkeypatch.setattr(runner, "_allocator_tuned", False)
    monkeypatch.setattr(ctypes, "CDLL", lambda name: _FakeLibc(calls))
    monkeypatch.setattr(sys, "platform", "linux")
    return calls


def test_thresholds_raised_once(fresh, monkeypatch):
    monkeypatch.delenv("GRADCLI_MALLOC_TUNING", raising=False)
    runner.tune_allocator()
    runner.tune_allocator()
    assert fresh == [(-3, 32 << 20), (-1, 64 << 20)]


def test_opt_out(fresh, monkeypatch):
    monkeypatch.setenv("GRADCLI_MALLOC_TUNING", "0")
    runner.tune_allocator()
    assert fresh == []


def test_no_mallopt_is_fine(monkeypatch):
    monkeypatch.setattr(runner, "_allocator_tuned", False)
    monkeypatch.delenv("GRADCLI_MALLOC_TUNING", raising=False)

    def no_libc(name):
        raise OSError("no C library")
    monkeypatch.setattr(ctypes, "CDLL", no_libc)
    runner.tune_allocator()  # no exception


def test_scripts_run_tuned(fresh, monkeypatch):
    import io
    monkeypatch.delenv("GRADCLI_MALLOC_TUNING", raising=False)
    assert runner.run_source("print(1)\n", "s.py", stdout=io.StringIO()) == 0
    assert len(fresh) == 2
