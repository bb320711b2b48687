"""NumPy floor for W4: the same MLP step with a hand-written backward (float32)."""
import sys
import time

import numpy as np

rng = np.random.default_rng(0)
X = rng.standard_normal((256, 784), dtype=np.float32)
labels = rng.integers(0, 10, 256)
Y = np.zeros((256, 10), np.float32)
Y[np.arange(256), labels] = 1
W1 = (rng.standard_normal((784, 512), dtype=np.float32) * np.float32(0.03))
b1 = np.zeros(512, np.float32)
W2 = (rng.standard_normal((512, 10), dtype=np.float32) * np.float32(0.04))
b2 = np.zeros(10, np.float32)
steps = 20
t = time.process_time()
for _ in range(steps):
    a = X @ W1 + b1
    h = np.tanh(a)
    logits = h @ W2 + b2
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    s = e.sum(axis=1, keepdims=True)
    logp = z - np.log(s)
    loss = -(Y * logp).sum() / 256
    g_logp = -Y / 256
    g_z = g_logp - (e / s) * g_logp.sum(axis=1, keepdims=True)
    gW2 = h.T @ g_z
    gb2 = g_z.sum(axis=0)
    g_h = g_z @ W2.T
    g_a = g_h * (1 - h * h)
    gW1 = X.T @ g_a
    gb1 = g_a.sum(axis=0)
    W1 -= np.float32(0.1) * gW1
    b1 -= np.float32(0.1) * gb1
    W2 -= np.float32(0.1) * gW2
    b2 -= np.float32(0.1) * gb2
dt = time.process_time() - t
sys.stdout.write(f"{dt / steps * 1e3:.3f}\n")  # milliseconds per step
