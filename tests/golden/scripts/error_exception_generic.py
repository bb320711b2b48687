import torch
try:
    torch.zeros(2, 3) @ torch.zeros(2, 3)
except Exception as e:
    print(type(e).__name__ + ":", e)
finally:
    print("done")
