"""gradcli repl driven through a pseudo-terminal."""
from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")


class _Reader:
    """Reads a pty up to a marker, keeping what follows the marker for the next read (a
    prompt can arrive in the same chunk as the output before it)."""

    def __init__(self, fd):
        self.fd = fd
        self.rest = b""

    def until(self, marker: bytes, timeout=30.0) -> bytes:
        data = self.rest + _read_until(self.fd, marker, timeout, self.rest)
        cut = data.find(marker)
        if cut < 0:
            self.rest = b""
            return data
        self.rest = data[cut + len(marker):]
        return data[:cut + len(marker)]


def _read_until(fd, marker: bytes, timeout=30.0, have: bytes = b"") -> bytes:
    data = b""
    end = time.monotonic() + timeout
    while marker not in have + data and time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
    return data


def test_repl_through_pty(tmp_path):
    master, slave = pty.openpty()
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), NO_COLOR="1", TERM="dumb")
    proc = subprocess.Popen([sys.executable, "-m", "gradcli", "repl"], stdin=slave,
                            stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    try:
        reader = _Reader(master)
        assert b">>> " in reader.until(b">>> ")
        steps = [
            (b"import torch\n", b">>> "),
            (b"x = torch.tensor(2., requires_grad=True)\n", b">>> "),
            (b"(x ** 3).backward(); x.grad\n", b"tensor(12.)"),
            (b"None\n", b">>> "),
            (b"for i in range(2):\n", b"... "),
            (b"    print(i * 10)\n", b"... "),
            (b"\n", b"10"),
            (b"1/0\n", b"ZeroDivisionError"),
            (b"x.grad + 1\n", b"tensor(13.)"),
            (b"", b">>> "),
        ]
        for line, marker in steps:
            if line:
                os.write(master, line)
            out = reader.until(marker)
            assert marker in out, (line, out)
        os.write(master, b"\x04")
        end = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < end:
            _read_until(master, b"\n", timeout=0.5)   # keep the pty drained
        assert proc.returncode == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    history = tmp_path / "gradcli" / "history"
    assert history.exists() and "x.grad + 1" in history.read_text()
