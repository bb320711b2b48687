"""gradcli: run PyTorch-syntax autograd scripts on a NumPy engine."""

__version__ = "0.1.0"
