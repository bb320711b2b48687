"""``gradcli run --explain``: narrate every backward pass on stderr, for a learner.

For each node, in the order the engine runs them: its grad_fn name, the variable and
line that created it, the gradient arriving from above, and the gradient it sends to
each of its inputs (the chain rule: incoming gradient times the local derivative).
Leaves show their ``.grad`` before and after accumulation.  Long tensors are
summarised exactly as printing does.  stdout is untouched.
"""
from __future__ import annotations

from gradcli import errors

from .derivatives import tensor_text
from .naming import Namer

INTRO = ("Each step takes the gradient arriving at an operation, multiplies it by that "
         "operation's local derivative (the chain rule) and sends the result to the "
         "operation's inputs.\n")


def _indent(text: str, pad: str) -> str:
    return text.replace("\n", "\n" + pad)


class Narrator:
    """An autograd observer writing the story of each backward pass to ``stream``."""

    def __init__(self, stream, globals_dict: dict, lines: list[str]):
        self.stream = stream
        self.namer = Namer(globals_dict, lines)
        self.passes = 0
        self.step = 0

    def _w(self, text: str) -> None:
        self.stream.write(text)

    def _who(self, node) -> str:
        from gradcli.tensor.autograd import AccumulateGrad
        if type(node) is AccumulateGrad:
            name = self.namer.leaf_name(node.variable)
            return f"AccumulateGrad (leaf {name})" if name else "AccumulateGrad (leaf)"
        where = self.namer.describe(node)
        return f"{node.name()} ({where})" if where else node.name()

    def begin(self, roots, capture):
        self.namer.refresh()
        self.passes += 1
        self.step = 0
        kind = "autograd.grad" if capture is not None else "backward"
        line = errors.WHERE.lineno
        at = f" at line {line}" if line else ""
        src = errors.WHERE.source_line(line).strip() if line else ""
        self._w(f"=== {kind} pass {self.passes}{at}: {src}\n")
        if self.passes == 1:
            self._w(INTRO)
        for node, _ in roots:
            self._w(f"start at {self._who(node)}\n")

    def node(self, node, grad_outputs, grad_inputs):
        self.step += 1
        pad = "      "
        self._w(f"[{self.step}] {self._who(node)}\n")
        for i, g in enumerate(grad_outputs):
            label = "incoming gradient" if len(grad_outputs) == 1 else f"incoming gradient {i}"
            shown = "None" if g is None else _indent(tensor_text(g), pad + " " * (len(label) + 2))
            self._w(f"{pad}{label}: {shown}\n")
        for (nxt, _), g in zip(node.next_functions, grad_inputs):
            if nxt is None:
                continue
            head = f"{pad}-> {self._who(nxt)}: "
            shown = "None" if g is None else _indent(tensor_text(g), " " * len(head))
            self._w(f"{head}{shown}\n")

    def accumulate(self, leaf, before, after):
        self.step += 1
        name = self.namer.leaf_name(leaf) or "leaf"
        pad = "      "
        self._w(f"[{self.step}] AccumulateGrad (leaf {name})\n")
        b = "None" if before is None else _indent(tensor_text(before), pad + " " * 15)
        a = _indent(tensor_text(after), pad + " " * 15)
        self._w(f"{pad}.grad before: {b}\n{pad}.grad after:  {a}\n")

    def end(self):
        self._w(f"=== end of pass {self.passes}\n")
