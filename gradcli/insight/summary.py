"""The ``--summary`` table: the script's tensor variables at a glance.

One row per module-level tensor variable (script order): name, kind (leaf / non-leaf /
constant), shape, dtype, requires_grad, grad_fn (``AccumulateGrad`` for a leaf that
requires grad, ``none`` for a constant), value and ``.grad`` (printed, and summarised
when long, exactly as ``print`` does under the script's print options), how many
backward passes are summed in the ``.grad`` now, and the line of the last assignment.

Rendering goes through :func:`gradcli.commands.tables.print_table` (the one table
renderer of gradcli: rich on a terminal, aligned plain text elsewhere); ``--format
jsonl`` gets :func:`summary_event_fields` instead.
"""
from __future__ import annotations

HEADERS = ["name", "kind", "shape", "dtype", "requires_grad", "grad_fn", "value", "grad",
           "passes", "line"]


def _tensors(globals_dict):
    from gradcli.tensor.tensor import Tensor
    for name, value in list(globals_dict.items()):
        if isinstance(value, Tensor) and not name.startswith("_"):
            yield name, value


def _kind(t) -> str:
    if t.grad_fn is not None:
        return "non-leaf"
    return "leaf" if t._requires_grad else "constant"


def _grad_fn(t) -> str:
    if t.grad_fn is not None:
        return type(t.grad_fn).__name__
    return "AccumulateGrad" if t._requires_grad else "none"


def _text(t) -> str:
    """The tensor's values as ``print`` shows them (no grad_fn/requires_grad suffix)."""
    from gradcli.tensor.printing import format_tensor
    return format_tensor(t._data, t.dtype)


def _shape(t) -> str:
    return "[" + ", ".join(str(int(d)) for d in t._data.shape) + "]"


def variables(globals_dict, recorder) -> list[dict]:
    """One dict per tensor variable (the table's rows, as Python values)."""
    lines = getattr(globals_dict, "lines", {})
    out = []
    for name, t in _tensors(globals_dict):
        grad = t._grad
        out.append({
            "name": name, "kind": _kind(t), "shape": list(int(d) for d in t._data.shape),
            "dtype": str(t.dtype), "requires_grad": bool(t._requires_grad),
            "grad_fn": _grad_fn(t), "tensor": t, "grad_tensor": grad,
            "passes": recorder.passes_into(t) if (recorder is not None and grad is not None)
            else 0,
            "line": lines.get(name) or None,
        })
    return out


def rows(globals_dict, recorder) -> list[list[str]]:
    table = []
    for v in variables(globals_dict, recorder):
        t, g = v["tensor"], v["grad_tensor"]
        table.append([v["name"], v["kind"], _shape(t), v["dtype"].replace("torch.", ""),
                      str(v["requires_grad"]), v["grad_fn"], _text(t),
                      "None" if g is None else _text(g), str(v["passes"]),
                      str(v["line"] or "")])
    return table


def render(globals_dict, recorder, stream, *, title: str | None = None,
           color: bool | None = None) -> None:
    """Write the table to ``stream`` (rich on a terminal, plain text otherwise)."""
    from gradcli.commands.tables import print_table
    table = rows(globals_dict, recorder)
    if not table:
        stream.write((title + "\n" if title else "") + "no tensor variables\n")
        return
    print_table(HEADERS, table, title=title, stream=stream, color=color)


def summary_event_fields(globals_dict, recorder) -> dict:
    """The ``variables`` of a jsonl ``summary`` event (values as numbers)."""
    from gradcli.commands.events import _values
    out = []
    for v in variables(globals_dict, recorder):
        t, g = v.pop("tensor"), v.pop("grad_tensor")
        v["value"] = _values(t._data)
        v["grad"] = None if g is None else _values(g._data)
        out.append(v)
    return {"variables": out}
