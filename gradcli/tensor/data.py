"""torch.utils.data: Dataset, TensorDataset, Subset, random_split and a single-process
DataLoader with PyTorch's batching, shuffling and collation.

Shuffling draws what PyTorch's draws: starting an iteration takes one int64 `random_()` from
the default generator (the loader's base seed), the random sampler another one to seed its
own generator, which then gives `randperm(n)`; `torch.manual_seed` therefore fixes the
batches exactly as it does under PyTorch.
"""
from __future__ import annotations

import math

import numpy as np

from . import dtypes, ops_join
from .creation import tensor as new_tensor
from .tensor import Tensor, make


class Dataset:
    """Base class of map-style datasets (a script subclass defines __getitem__/__len__)."""

    _script_attrs = frozenset()

    def __getitem__(self, index):
        raise NotImplementedError("Subclasses of Dataset should implement __getitem__.")


class TensorDataset(Dataset):
    _script_attrs = frozenset({"tensors"})

    def __init__(self, *tensors):
        if any(t._data.shape[:1] != tensors[0]._data.shape[:1] for t in tensors):
            raise AssertionError("Size mismatch between tensors")
        self.tensors = tensors

    def __getitem__(self, index):
        return tuple(t[index] for t in self.tensors)

    def __len__(self):
        return self.tensors[0]._data.shape[0]


class Subset(Dataset):
    _script_attrs = frozenset({"dataset", "indices"})

    def __init__(self, dataset, indices):
        self.dataset = dataset
        self.indices = indices

    def __getitem__(self, idx):
        if isinstance(idx, list):
            return self.dataset[[self.indices[i] for i in idx]]
        return self.dataset[self.indices[idx]]

    def __len__(self):
        return len(self.indices)


def _generator(generator):
    if generator is not None:
        return generator
    from .random import default_generator
    return default_generator


def random_split(dataset, lengths, generator=None):
    n = len(dataset)
    lengths = list(lengths)
    if math.isclose(sum(lengths), 1) and sum(lengths) <= 1:   # fractions
        counts = [int(math.floor(n * f)) for f in lengths]
        for i in range(n - sum(counts)):    # the remainder, round-robin
            counts[i % len(counts)] += 1
        lengths = counts
    if sum(lengths) != n:
        raise ValueError("Sum of input lengths does not equal the length of the input "
                         "dataset!")
    perm = _generator(generator).randperm(n).tolist()
    out, start = [], 0
    for k in lengths:
        out.append(Subset(dataset, perm[start:start + k]))
        start += k
    return out


def default_collate(batch):
    """Stack a list of samples the way PyTorch's default_collate does."""
    elem = batch[0]
    if isinstance(elem, Tensor):
        return ops_join.stack(batch, 0)
    if isinstance(elem, bool):
        return new_tensor(batch)
    if isinstance(elem, float):
        return make(np.asarray(batch, np.float64), dtypes.float64)
    if isinstance(elem, int):
        return new_tensor(batch)
    if isinstance(elem, str):
        return batch
    if isinstance(elem, dict):
        return {key: default_collate([d[key] for d in batch]) for key in elem}
    if isinstance(elem, (tuple, list)):
        size = len(elem)
        if any(len(e) != size for e in batch):
            raise RuntimeError("each element in list of batch should be of equal size")
        return [default_collate(list(samples)) for samples in zip(*batch)]
    raise TypeError("default_collate: batch must contain tensors, numpy arrays, numbers, "
                    f"dicts or lists; found {type(elem)}")


class DataLoader:
    _script_attrs = frozenset({"dataset", "batch_size", "drop_last"})

    def __init__(self, dataset, batch_size=1, shuffle=None, sampler=None,
                 batch_sampler=None, num_workers=0, collate_fn=None, pin_memory=False,
                 drop_last=False, timeout=0, worker_init_fn=None, multiprocessing_context=None,
                 generator=None, *, prefetch_factor=None, persistent_workers=False,
                 pin_memory_device="", in_order=True):
        self.dataset = dataset
        self.batch_size = batch_size
        self.drop_last = drop_last
        self._shuffle = bool(shuffle)
        self._collate = collate_fn if collate_fn is not None else default_collate
        self._generator = generator

    def __len__(self):
        n = len(self.dataset)
        if self.batch_size is None:
            return n
        return n // self.batch_size if self.drop_last else -(-n // self.batch_size)

    def _order(self):
        """The epoch's indices and the generator the random sampler draws from."""
        g = _generator(self._generator)
        g.random((), np.int64)   # the iterator's base seed (used by worker processes)
        n = len(self.dataset)
        if not self._shuffle:
            return list(range(n)), None
        from .random import Generator as RNG
        seed = int(g.random((), np.int64)) if self._generator is None else None
        sampler_gen = RNG(seed=seed) if seed is not None else g
        return sampler_gen.randperm(n).tolist(), sampler_gen

    def __iter__(self):
        order, sampler_gen = self._order()
        if self.batch_size is None:
            for i in order:
                yield _convert(self.dataset[i])
        else:
            bs = self.batch_size
            for start in range(0, len(order), bs):
                idx = order[start:start + bs]
                if len(idx) < bs and self.drop_last:
                    break
                yield self._collate([self.dataset[i] for i in idx])
        if sampler_gen is not None:
            # PyTorch's RandomSampler, once exhausted, draws one more (empty) slice of a
            # fresh permutation: with a shared generator that moves the next epoch's draws
            sampler_gen.randperm(len(order))


def _convert(sample):
    """default_convert (batch_size=None): tuples and lists of a sample become lists."""
    if isinstance(sample, (tuple, list)):
        return [_convert(s) for s in sample]
    return sample


for _cls in (Dataset, TensorDataset, Subset):
    _cls.__module__ = "torch.utils.data.dataset"
DataLoader.__module__ = "torch.utils.data.dataloader"


def extend(ns):
    data = {"Dataset": Dataset, "TensorDataset": TensorDataset, "Subset": Subset,
            "random_split": random_split, "DataLoader": DataLoader,
            "default_collate": default_collate}
    ns.setdefault("utils", {})["data"] = data
