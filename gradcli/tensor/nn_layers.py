"""More torch.nn modules: ModuleDict and Embedding (with F.embedding)."""
from __future__ import annotations

import numpy as np

from . import dtypes
from .autograd import node_class
from .nn import MODULES, Module, Parameter
from .tensor import Tensor, make, record

_EMBEDDING = node_class("EmbeddingBackward0")


class ModuleDict(Module):
    """Submodules registered under string keys, in insertion order."""

    _script_attrs = Module._script_attrs | {"keys", "values", "items", "update", "pop",
                                            "clear"}

    def __init__(self, modules=None):
        Module.__init__(self)
        if modules is not None:
            self.update(modules)

    def _check_key(self, key):
        if not isinstance(key, str):
            raise TypeError(f"module name should be a string. Got {type(key).__name__}")

    def __getitem__(self, key):
        if key not in self._children:
            raise KeyError(key)
        return self._children[key]

    def __setitem__(self, key, module):
        self._check_key(key)
        self.add_module(key, module)

    def __delitem__(self, key):
        del self._children[key]

    def __len__(self):
        return len(self._children)

    def __iter__(self):
        return iter(list(self._children))

    def __contains__(self, key):
        return key in self._children

    def keys(self):
        return self._children.keys()

    def values(self):
        return self._children.values()

    def items(self):
        return self._children.items()

    def update(self, modules):
        pairs = modules.items() if isinstance(modules, (dict, ModuleDict)) else modules
        for key, module in pairs:
            self[key] = module

    def pop(self, key):
        return self._children.pop(key)

    def clear(self):
        self._children.clear()


def _renorm_rows(weight, rows, max_norm, norm_type):
    """embedding(max_norm=...): rows looked up whose norm exceeds max_norm are scaled down
    in place (max_norm / (norm + 1e-7)), as PyTorch's embedding_renorm_ does."""
    w = weight._data
    for r in sorted(set(rows.tolist())):
        norm = np.linalg.norm(w[r].astype(np.float64), ord=norm_type)
        if norm > max_norm:
            w[r] = w[r] * w.dtype.type(max_norm / (norm + 1e-7))
    weight._vc[0] += 1


def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0,
              scale_grad_by_freq=False, sparse=False):
    if not isinstance(input, Tensor) or input.dtype not in (dtypes.int64, dtypes.int32):
        kind = input.dtype.legacy_name if isinstance(input, Tensor) else type(input).__name__
        raise RuntimeError(
            "Expected tensor for argument #1 'indices' to have one of the following scalar "
            f"types: Long, Int; but got {kind} instead (while checking arguments for "
            "embedding)")
    idx = input._data
    rows, dim = weight._data.shape
    if idx.size and (idx.min() < -rows or idx.max() >= rows):
        raise IndexError("index out of range in self")
    flat = idx.reshape(-1) % rows if idx.size else idx.reshape(-1)
    if max_norm is not None:
        _renorm_rows(weight, flat, float(max_norm), float(norm_type))
    out = make(np.take(weight._data, flat, axis=0).reshape(idx.shape + (dim,)), weight.dtype)
    pad = None if padding_idx is None else padding_idx % rows

    def bwd(node, g):
        grad = np.zeros((rows, dim), g.dtype.np)
        np.add.at(grad, flat, g._data.reshape(-1, dim))
        if pad is not None:
            grad[pad] = 0
        return (make(grad, g.dtype),)
    return record(out, _EMBEDDING, (weight,), bwd)


class Embedding(Module):
    _script_attrs = Module._script_attrs | {"weight", "num_embeddings", "embedding_dim",
                                            "padding_idx", "max_norm", "norm_type"}
    _script_settable = frozenset({"weight"})
    _script_class_attrs = frozenset({"from_pretrained"})

    def __init__(self, num_embeddings, embedding_dim, padding_idx=None, max_norm=None,
                 norm_type=2.0, scale_grad_by_freq=False, sparse=False, _weight=None,
                 _freeze=False, device=None, dtype=None):
        Module.__init__(self)
        self.num_embeddings = num_embeddings
        self.embedding_dim = embedding_dim
        if padding_idx is not None:
            if padding_idx >= num_embeddings or padding_idx < -num_embeddings:
                raise AssertionError("Padding_idx must be within num_embeddings")
            padding_idx %= num_embeddings
        self.padding_idx = padding_idx
        self.max_norm = max_norm
        self.norm_type = norm_type
        dt = dtype or dtypes.default_float()
        if _weight is None:
            from .creation import empty
            w = empty(num_embeddings, embedding_dim, dtype=dt).normal_()
            if padding_idx is not None:
                w._data[padding_idx] = 0
        else:
            w = _weight
        self._params["weight"] = Parameter(w, requires_grad=not _freeze)

    @property
    def weight(self):
        return self._params["weight"]

    @weight.setter
    def weight(self, value):
        if not isinstance(value, Parameter):
            raise TypeError("cannot assign parameter 'weight' (torch.nn.Parameter or None "
                            "expected)")
        self._params["weight"] = value

    def forward(self, input):
        return embedding(input, self.weight, self.padding_idx, self.max_norm, self.norm_type)

    def extra_repr(self):
        s = f"{self.num_embeddings}, {self.embedding_dim}"
        if self.padding_idx is not None:
            s += f", padding_idx={self.padding_idx}"
        if self.max_norm is not None:
            s += f", max_norm={self.max_norm}"
        if self.norm_type != 2:
            s += f", norm_type={self.norm_type}"
        return s

    @classmethod
    def from_pretrained(cls, embeddings, freeze=True, padding_idx=None):
        rows, cols = embeddings.shape
        return cls(rows, cols, padding_idx=padding_idx, _weight=embeddings, _freeze=freeze)


ModuleDict.__module__ = "torch.nn.modules.container"
Embedding.__module__ = "torch.nn.modules.sparse"
LAYERS = {"ModuleDict": ModuleDict, "Embedding": Embedding}
MODULES.update(LAYERS)


def extend(ns):
    nn = ns.setdefault("nn", {})
    nn.update(LAYERS)
    nn.setdefault("functional", {})["embedding"] = embedding
