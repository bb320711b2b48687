"""Backward formulas of the hottest pointwise nodes on bare NumPy arrays.

A learner's training loop is thousands of tiny ops, and on a 3-element tensor the
Tensor machinery (dispatch, a new Tensor per intermediate) costs several times the
arithmetic. When a backward pass is not itself recorded (no `create_graph`), nothing
observes it and a node has no hooks, the engine hands these formulas the incoming
gradient as an ndarray of float32 or float64 and passes the arrays they return on to the
next nodes (run_backward in autograd.py).

Each formula returns one array (or None) per input, exactly the values of the Tensor
formula it stands in for: the same NumPy kernels on operands of the same dtypes. A case
that is not plainly that one (an operand of another dtype, a bool scalar, an `alpha`)
returns NotImplemented and the engine runs the Tensor formula instead.
"""
from __future__ import annotations

import numpy as np

from . import ops_pointwise as pw
from .tensor import Tensor, needs


def _operand(v, dt):
    """v as the array or NumPy scalar the Tensor fast path would compute with, else None."""
    tv = type(v)
    if tv is Tensor:
        return v._data if v.dtype is dt else None
    if tv is float or tv is int:
        return dt.np.type(v)
    return None


def _add(node, g, dt):
    if node._ctx is not None:  # alpha: g * alpha, left to the Tensor formula
        return NotImplemented
    return g, (g if needs(node, 1) else None)


def _sub(node, g, dt):
    if node._ctx is not None:
        return NotImplemented
    return g, (np.negative(g) if needs(node, 1) else None)


def _mul(node, g, dt):
    a, b = node.saved()
    ga = gb = None
    if needs(node, 0):
        bd = _operand(b, dt)
        if bd is None:
            return NotImplemented
        ga = np.multiply(g, bd)
    if needs(node, 1):
        ad = _operand(a, dt)
        if ad is None:
            return NotImplemented
        gb = np.multiply(g, ad)
    return ga, gb


def _div(node, g, dt):
    a, b = node.saved()
    bd = _operand(b, dt)
    if bd is None:
        return NotImplemented
    ga = gb = None
    if needs(node, 0):
        ga = np.divide(g, bd)
    if needs(node, 1):
        if type(a) is not Tensor or a.dtype is not dt or type(b) is not Tensor:
            return NotImplemented
        # -g * ((a / b) / b), evaluated in that order
        gb = np.multiply(np.negative(g), np.divide(np.divide(a._data, bd), bd))
    return ga, gb


def _neg(node, g, dt):
    return (np.negative(g),)


def _saved_out(node, dt):
    y = node.saved()[0]
    return y._data if y.dtype is dt else None


def _exp(node, g, dt):
    yd = _saved_out(node, dt)
    if yd is None:
        return NotImplemented
    return (np.multiply(g, yd),)


def _tanh(node, g, dt):
    yd = _saved_out(node, dt)
    if yd is None:
        return NotImplemented
    return (pw.tanh_backward_data(g, yd, dt),)


#: Tensor backward function -> its array formula.
FORMULAS = {
    pw.ADD.bwd: _add,
    pw.SUB.bwd: _sub,
    pw.MUL.bwd: _mul,
    pw.DIV.bwd: _div,
    pw.UNARY["neg"].bwd: _neg,
    pw.UNARY["exp"].bwd: _exp,
    pw.UNARY["tanh"].bwd: _tanh,
}
