"""Names for graph nodes: the variable and source line that created each one.

The line comes from :data:`gradcli.tensor.tensor.node_sources` (filled while
``capture_sources`` is on); the variable is the module-level name currently bound to
the node's tensor, else the assignment target written on that source line.
"""
from __future__ import annotations

import re

_TARGET = re.compile(r"^\s*([A-Za-z_][A-Za-z_0-9]*)\s*(?:[-+*/@%]|\*\*|//)?=[^=]")


class Namer:
    def __init__(self, globals_dict: dict | None, lines: list[str] | None):
        """``lines`` None: no source lines (an expression, not a script)."""
        self.globals = globals_dict if globals_dict is not None else {}
        self.lines = lines
        self._by_node: dict[int, str] = {}
        self._by_tensor: dict[int, str] = {}
        self.refresh()

    def refresh(self) -> None:
        """Re-read the module names (call when the script has moved on)."""
        from gradcli.tensor.tensor import Tensor
        self._by_node.clear()
        self._by_tensor.clear()
        for name, value in list(self.globals.items()):
            if type(value) is Tensor and not name.startswith("_"):
                self._by_tensor.setdefault(id(value), name)
                if value.grad_fn is not None:
                    self._by_node.setdefault(id(value.grad_fn), name)

    def line_of(self, node) -> int | None:
        from gradcli.tensor.tensor import node_sources
        if self.lines is None:
            return None
        try:
            line = node_sources.get(node)
        except TypeError:
            return None
        return line or None

    def variable_of(self, node) -> str | None:
        from gradcli.tensor.autograd import AccumulateGrad
        if type(node) is AccumulateGrad:
            return self.leaf_name(node.variable)
        name = self._by_node.get(id(node))
        if name is not None:
            return name
        line = self.line_of(node)
        if line and self.lines and 1 <= line <= len(self.lines):
            m = _TARGET.match(self.lines[line - 1])
            if m:
                return m.group(1)
        return None

    def leaf_name(self, tensor) -> str | None:
        return self._by_tensor.get(id(tensor))

    def describe(self, node) -> str:
        """``y (line 9)`` / ``line 9`` / ``''``."""
        var, line = self.variable_of(node), self.line_of(node)
        if var and line:
            return f"{var} (line {line})"
        if var:
            return var
        return f"line {line}" if line else ""
