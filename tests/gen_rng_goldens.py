"""Regenerate tests/golden/rng/extra_cases.json with the real torch (the oracle).

Usage:  python3 tests/gen_rng_goldens.py [path/to/torch-oracle]

Each case is: seed the default generator, run the ``setup`` statements, evaluate
``call`` and record the result (flattened, row-major).  ``pick`` keeps only some
[start, stop) ranges of a long result so the golden file stays small.  The same
case strings are replayed against gradcli's Generator by tests/test_random.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ORACLE = "/work/shared/oracle/torch-oracle"
OUT = Path(__file__).parent / "golden" / "rng" / "extra_cases.json"

_ENDS = [[0, 500], [-500, None]]  # first and last 500 values of a long result


def _case(name, call, seed=0, setup=(), pick=None):
    c = {"name": name, "seed": seed, "setup": list(setup), "call": call}
    if pick is not None:
        c["pick"] = pick
    return c


CASES = [
    # long streams: draws after a million earlier values
    _case("after_1e6_rand", "torch.randn(20)", 0, ["torch.rand(1000000)"]),
    _case("after_1e6_randn", "torch.rand(5)", 1, ["torch.randn(1000000)"]),
    _case("after_1e6_f64", "torch.randn(7)", 2, ["torch.rand(999999, dtype=torch.float64)"]),
    _case("after_1e6_randint", "torch.randn(40, dtype=torch.float64)", 3,
          ["torch.randint(0, 100, (1000003,))"]),
    # mixed calls, sizes around 16, cache interplay
    _case("mixed_1", "torch.randn(3)", 5,
          ["torch.rand(3)", "torch.randn(5)", "torch.randint(0, 7, (9,))", "torch.randn(20)",
           "torch.rand(2, dtype=torch.float64)", "torch.randn(33)", "torch.randn(1)"]),
    _case("mixed_2", "torch.randn(16)", 6,
          ["torch.randn(15)", "torch.randint(-3, 3, (17,))", "torch.randn(17)", "torch.rand(31)"]),
    _case("mixed_3", "torch.randn(2, dtype=torch.float64)", 7,
          ["torch.randn(1)", "torch.randn(32)", "torch.randn(1, dtype=torch.float64)",
           "torch.randint(0, 2**40, (3,))"]),
    _case("mixed_4", "torch.randn(49)", 8,
          ["torch.randn(7)", "torch.rand(16, dtype=torch.float64)", "torch.randperm(10)"]),
    _case("randn_zero_keeps_cache", "torch.randn(1)", 9, ["torch.randn(3)", "torch.randn(0)"]),
    _case("randn_empty", "torch.randn(0)", 9),
    _case("randn_empty_2d", "torch.randn(3, 0)", 9),
    # float64 normal_ with mean/std on both paths
    _case("normal64_7", "torch.empty(7, dtype=torch.float64).normal_(-1.5, 0.25)", 10),
    _case("normal64_100", "torch.empty(100, dtype=torch.float64).normal_(-1.5, 0.25)", 10),
    _case("normal64_1000", "torch.empty(1000, dtype=torch.float64).normal_(3.25, 7.0)", 11,
          pick=_ENDS),
    _case("normal32_1000", "torch.empty(1000).normal_(3.25, 7.0)", 11, pick=_ENDS),
    _case("normal_size_64", "torch.normal(0.5, 2.0, size=(3, 7), dtype=torch.float64)", 12),
    _case("normal_noncontig", "torch.empty(4, 5).t().normal_()", 13),
    _case("normal_noncontig_64", "torch.empty(6, 5, dtype=torch.float64).t().normal_(1.0, 3.0)",
          13, ["torch.randn(1)"]),
    # torch.normal with tensor arguments (order of draws, then * std, + mean)
    _case("normal_tt", "torch.normal(torch.arange(20.), torch.full((20,), 0.5))", 14),
    _case("normal_tf", "torch.normal(torch.arange(5.), 2.0)", 14),
    _case("normal_ft", "torch.normal(1.5, torch.full((18,), 0.3))", 14),
    _case("normal_tt_bcast", "torch.normal(torch.arange(4.), torch.full((3, 1), 0.7))", 14),
    # Generator objects
    _case("gen_obj", "torch.randn(20, generator=g)", 15,
          ["g = torch.Generator().manual_seed(123)", "torch.rand(5)"]),
    _case("gen_obj_default_untouched", "torch.rand(3)", 15,
          ["g = torch.Generator().manual_seed(123)", "torch.randn(20, generator=g)"]),
    _case("gen_obj_cache", "torch.randn(2, generator=g)", 15,
          ["g = torch.Generator().manual_seed(7)", "torch.randn(3, generator=g)", "torch.randn(1)"]),
    _case("gen_default_seed", "torch.Generator().initial_seed()", 0),
    _case("gen_default_stream", "torch.rand(4, generator=torch.Generator())", 0),
    _case("gen_randint", "torch.randint(0, 50, (6,), generator=g)", 0,
          ["g = torch.Generator().manual_seed(2**40 + 9)"]),
    _case("gen_randperm", "torch.randperm(12, generator=g)", 0,
          ["g = torch.Generator().manual_seed(99)"]),
    # state round trips and the serialised layout
    _case("state_roundtrip", "torch.randn(5)", 16,
          ["s = torch.get_rng_state()", "torch.randn(5)", "torch.set_rng_state(s)"]),
    _case("state_roundtrip_cache", "torch.randn(3)", 16,
          ["torch.randn(3)", "s = torch.get_rng_state()", "torch.randn(9)", "torch.set_rng_state(s)"]),
    _case("state_bytes_fresh", "torch.get_rng_state()", 17),
    _case("state_bytes_used", "torch.get_rng_state()", 17, ["torch.randn(3)", "torch.rand(700)"]),
    _case("state_bytes_full_block", "torch.get_rng_state()", 17, ["torch.rand(624)"]),
    _case("gen_state_bytes", "g.get_state()", 0, ["g = torch.Generator().manual_seed(3)",
                                                 "torch.randn(1, generator=g)"]),
    # hand-edited (left, next) fields: torch reads word[next..] and twists when left runs out
    _case("state_left624_next0", "torch.rand(700)", 0,
          ["s = torch.get_rng_state()", "s[8] = 112", "s[9] = 2", "torch.set_rng_state(s)"],
          pick=[[0, 30], [-100, None]]),
    _case("state_left624_bytes", "torch.get_rng_state()", 0,
          ["s = torch.get_rng_state()", "s[8] = 112", "s[9] = 2", "torch.set_rng_state(s)",
           "torch.rand(600)"], pick=[[0, 24]]),
    _case("state_next_rewound", "torch.rand(640)", 0,
          ["torch.rand(10)", "s = torch.get_rng_state()", "s[16] = 3", "torch.set_rng_state(s)"],
          pick=[[0, 10], [600, None]]),
    _case("state_next_rewound_bytes", "torch.get_rng_state()", 0,
          ["torch.rand(10)", "s = torch.get_rng_state()", "s[16] = 3", "torch.set_rng_state(s)",
           "torch.rand(614)"], pick=[[0, 24]]),
    _case("state_left1_next_odd", "torch.get_rng_state()", 0,
          ["s = torch.get_rng_state()", "s[16] = 7", "torch.set_rng_state(s)"], pick=[[0, 24]]),
    _case("state_cache_flag_5", "torch.randn(2)", 0,
          ["torch.randn(1)", "s = torch.get_rng_state()", "s[5040] = 5", "torch.set_rng_state(s)"]),
    # odd seeds
    _case("seed_2_32_plus_5", "torch.randn(20)", 2**32 + 5),
    _case("seed_2_32_plus_5_init", "torch.initial_seed()", 2**32 + 5),
    _case("seed_minus_1", "torch.randn(20)", -1),
    _case("seed_minus_1_init", "torch.initial_seed()", -1),
    _case("seed_2_63", "torch.randn(5)", 2**63),
    _case("seed_2_63_init", "torch.initial_seed()", 2**63),
    _case("seed_min_int64_init", "torch.initial_seed()", -(2**63)),
    # large tensors (1000 values compared)
    _case("randn_1e6", "torch.randn(1000, 1000)", 18, pick=_ENDS),
    _case("randn_3e5_f64", "torch.randn(300, 1000, dtype=torch.float64)", 19, pick=_ENDS),
    _case("randn_tail", "torch.randn(100003)", 20, pick=_ENDS),
    _case("rand_large_f64", "torch.rand(200001, dtype=torch.float64)", 21, pick=_ENDS),
    _case("uniform_hits_hi", "torch.empty(3).uniform_(1.0, 2.0)", 2, ["torch.rand(12675697)"]),
    # integers
    _case("randint_like_float", "torch.randint_like(torch.zeros(5), 3, 10)", 0),
    _case("randint_like_int32", "torch.randint_like(torch.zeros(3, 4, dtype=torch.int32), 10)", 0),
    _case("randint_big_neg", "torch.randint(-2**40, 2**40, (6,))", 22),
    _case("randint_full_int64", "torch.randint(-2**63, 2**63-1, (3,))", 22),
    _case("randint_high_only_max", "torch.randint(2**63-1, (3,))", 22),
    _case("randint_float_wide", "torch.randint(0, 2**24+2, (3,), dtype=torch.float32)", 22),
    _case("randint_bool", "torch.randint(0, 2, (5,), dtype=torch.bool)", 22),
    _case("random_f32", "torch.empty(6).random_()", 25),
    _case("random_f64", "torch.empty(6, dtype=torch.float64).random_()", 25),
    _case("random_i64", "torch.empty(6, dtype=torch.int64).random_()", 25),
    _case("random_i32", "torch.empty(6, dtype=torch.int32).random_()", 25),
    _case("random_u8", "torch.empty(6, dtype=torch.uint8).random_()", 25),
    _case("random_bool", "torch.empty(6, dtype=torch.bool).random_()", 25),
    _case("random_to", "torch.empty(6).random_(10)", 25),
    _case("random_from_to", "torch.empty(6, dtype=torch.int64).random_(-5, 5)", 25),
    _case("randint_int32", "torch.randint(0, 10, (7,), dtype=torch.int32)", 22),
    _case("randperm_1000", "torch.randperm(1000)", 23),
    _case("randperm_0", "torch.randperm(0)", 23),
    _case("rand_f64_serial", "torch.rand(3, 2, dtype=torch.float64)", 24),
    _case("randn_f64_serial_cache", "torch.randn(3, dtype=torch.float64)", 24, ["torch.randn(5)"]),
    # bernoulli with probability tensors
    _case("bernoulli_t32", "torch.bernoulli(torch.tensor([0.1, 0.5, 0.9, 0.3, 0.7, 0.2]))", 0),
    _case("bernoulli_t64", "torch.bernoulli(torch.full((20,), 0.4, dtype=torch.float64))", 1),
    _case("bernoulli_t32_next", "torch.rand(2)", 0,
          ["torch.bernoulli(torch.full((20,), 0.4))"]),
    _case("bernoulli_2d", "torch.bernoulli(torch.full((3, 4), 0.5))", 3),
    _case("bernoulli_f64_scalar", "torch.empty(9, dtype=torch.float64).bernoulli_(0.6)", 4),
    # dropout and Linear
    _case("dropout_f64", "torch.nn.functional.dropout(torch.ones(10, dtype=torch.float64), 0.3, "
          "training=True)", 0),
    _case("dropout_p0_no_draw", "torch.rand(2)", 0,
          ["torch.nn.functional.dropout(torch.ones(4), 0.0, training=True)"]),
    _case("dropout_p1", "torch.nn.functional.dropout(torch.ones(4), 1.0, training=True)", 0),
    _case("dropout_p1_no_draw", "torch.rand(2)", 0,
          ["torch.nn.functional.dropout(torch.ones(4), 1.0, training=True)"]),
    _case("dropout_2d", "torch.nn.functional.dropout(torch.ones(3, 5), 0.2, training=True)", 31),
    _case("linear_bias", "torch.nn.Linear(10, 5).bias", 0),
    _case("linear_784_w", "torch.nn.Linear(784, 10).weight", 0, pick=_ENDS),
    _case("linear_no_bias_next", "torch.rand(3)", 0, ["torch.nn.Linear(3, 2, bias=False)"]),
]

_PROGRAM = r"""
import json, sys, torch
cases = json.loads(CASES_JSON)
for c in cases:
    torch.manual_seed(c["seed"])
    ns = {"torch": torch}
    for st in c["setup"]:
        exec(st, ns)
    r = eval(c["call"], ns)
    if isinstance(r, int):
        rec = {"dtype": "int", "shape": [], "values": [r]}
    else:
        r = r.detach().contiguous()
        flat = r.reshape(-1).tolist()
        vals = []
        for a, b in c.get("pick", [[0, None]]):
            vals += flat[a:b]
        rec = {"dtype": str(r.dtype).replace("torch.", ""), "shape": list(r.shape), "values": vals}
    out = dict(c)
    out.update(rec)
    print(json.dumps(out))
"""


def main(oracle: str = ORACLE) -> None:
    prog = Path("/tmp/gen_rng_goldens_prog.py")
    prog.write_text(f"CASES_JSON = {json.dumps(CASES)!r}\n" + _PROGRAM)
    res = subprocess.run([oracle, str(prog)], capture_output=True, text=True)
    if res.returncode:
        sys.exit(res.stderr)
    lines = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    if len(lines) != len(CASES):
        sys.exit(f"expected {len(CASES)} results, got {len(lines)}:\n{res.stderr}")
    OUT.write_text("[\n" + ",\n".join(json.dumps(rec) for rec in lines) + "\n]\n")
    print(f"wrote {len(lines)} cases to {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
