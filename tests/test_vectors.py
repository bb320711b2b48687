"""The torch 2.13 reference vectors (copied into ``tests/golden/``) run
through gradcli.

* printing / reduction vectors: exit 0, stdout equal, nothing on stderr.
* error vectors: stdout equal; with ``exc_type`` gradcli exits 1 and reports
  ``script.py:LINE:COL: Type: message`` plus the offending source line; any
  PyTorch warning text (``stderr``) appears verbatim on stderr.
"""

from __future__ import annotations

import json
import re

import pytest

from conftest import GOLDEN, golden_params, normalise_addresses


def _load(name: str):
    path = GOLDEN / name
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [(row["id"], row) for row in rows]


PRINTING = _load("printing_vectors.jsonl")
REDUCTION = _load("reduction_vectors.jsonl")
ERRORS = _load("error_vectors.jsonl")


def test_vector_files_are_complete():
    # the copies must stay in step with /work/shared/reference
    assert (len(PRINTING), len(REDUCTION), len(ERRORS)) == (272, 76, 129)
    for rows in (PRINTING, REDUCTION, ERRORS):
        ids = [ident for ident, _ in rows]
        assert len(ids) == len(set(ids))


def _check_clean_run(vector, run):
    result = run(vector["code"])
    assert normalise_addresses(result.stdout) == vector["stdout"], result.stderr
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize("vector", golden_params("printing", PRINTING))
def test_printing_vector(vector, run_gradcli):
    _check_clean_run(vector, run_gradcli)


@pytest.mark.parametrize("vector", golden_params("reduction", REDUCTION))
def test_reduction_vector(vector, run_gradcli):
    _check_clean_run(vector, run_gradcli)


@pytest.mark.parametrize("vector", golden_params("errors", ERRORS))
def test_error_vector(vector, run_gradcli):
    result = run_gradcli(vector["code"], "script.py")
    err = result.stderr
    assert normalise_addresses(result.stdout) == vector["stdout"], err

    warning_text = vector.get("stderr") or ""
    if warning_text:
        assert warning_text in err
    for warning in vector.get("warnings") or []:
        header = f"script.py:{warning['lineno']}: {warning['category']}: {warning['message']}"
        assert header in err.splitlines()

    exc_type = vector.get("exc_type")
    if not exc_type:
        assert result.returncode == 0, err
        assert err == warning_text
        return

    assert result.returncode == 1, err
    reported = f"{exc_type}: {vector['message']}"
    assert reported in err
    lineno = vector.get("exc_lineno")
    if lineno:
        header = re.compile(
            rf"^script\.py:{lineno}:\d+: {re.escape(reported)}$", re.MULTILINE
        )
        assert header.search(err), err
        source_line = vector["code"].splitlines()[lineno - 1].strip()
        assert source_line in err
