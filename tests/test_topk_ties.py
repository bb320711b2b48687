"""topk among equal values returns PyTorch's indices: its CPU kernel selects with
libstdc++'s partial_sort or nth_element + sort, and gradcli replays those algorithms
(gradcli/tensor/stl_sort.py). Cases: tests/golden/topk_ties.jsonl, from PyTorch 2.13
(integers 0..hi as floats, so most rows have ties; both kernel paths; sorted and not)."""
from __future__ import annotations

import json

import numpy as np

from conftest import GOLDEN
from gradcli.tensor.api import torch_namespace


def _cases():
    with open(GOLDEN / "topk_ties.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_topk_picks_pytorchs_indices_among_ties():
    tensor = torch_namespace()["tensor"]
    cases = _cases()
    assert len(cases) >= 300
    assert any(c["k"] * 64 <= len(c["x"]) for c in cases)      # partial_sort path
    assert any(not c["sorted"] for c in cases)
    wrong = []
    for c in cases:
        got = tensor(c["x"]).topk(c["k"], largest=c["largest"], sorted=c["sorted"])
        if got.indices.tolist() != c["idx"]:
            wrong.append(c)
        assert np.array_equal(got.values._data, np.asarray(c["x"], np.float32)[c["idx"]])
    assert not wrong, wrong[:3]
