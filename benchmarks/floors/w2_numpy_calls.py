"""NumPy floor for W2: the same 7 elementwise ops as plain NumPy calls (no autograd)."""
import sys
import time

import numpy as np

x = np.array([0.5, -0.25, 1.0], np.float32)
acc = x * np.float32(0.0)
t = time.process_time()
for i in range(10000):
    h = x * np.float32(1.001)
    h = h + np.float32(0.5)
    h = np.tanh(h)
    h = h - x
    h = h * h
    h = h / np.float32(3.0)
    acc = acc + h
dt = time.process_time() - t
sys.stdout.write(f"{dt / 70000 * 1e6:.3f}\n")  # microseconds per NumPy call
