import torch
s = torch.tensor(2.5)
print(f"{s}")
print(f"{s:.3f}")
print(f"{torch.tensor(0.1)}")
print(f"{torch.tensor(7)}")
print(f"{s!r}")
print("value: {}".format(torch.tensor(3.0)))
print("%.2f" % torch.tensor(1.2345))
