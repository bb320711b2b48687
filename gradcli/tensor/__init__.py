"""The NumPy tensor engine: dtypes, Tensor, reverse-mode autograd, ops, printing, RNG."""
