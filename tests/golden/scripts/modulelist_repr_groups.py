import torch
import torch.nn as nn
print(nn.ModuleList([nn.Linear(2,2) for _ in range(3)]))
print(nn.ModuleList([nn.Linear(2,2), nn.ReLU(), nn.ReLU(), nn.Linear(2,2), nn.Linear(2,3)]))
print(nn.Sequential(nn.Linear(2,2), nn.Linear(2,2), nn.ReLU()))
print(nn.ModuleList([nn.Sequential(nn.Linear(2,2), nn.ReLU()) for _ in range(2)]))
print(nn.ModuleList([]))
print(nn.ModuleList([nn.Linear(2,2)]))
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4,4) for _ in range(4)])
        self.out = nn.Linear(4, 1)
print(Net())
