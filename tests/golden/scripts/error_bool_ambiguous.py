import torch
t = torch.tensor([1.0, 2.0])
try:
    if t > 0:
        print("positive")
except RuntimeError as e:
    print(e)
if torch.tensor(1.0) > 0:
    print("one value is fine")
