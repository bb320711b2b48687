import torch
import torch.nn as nn
torch.manual_seed(0)
m = nn.Linear(2, 2).double()
print(m.weight.dtype, m(torch.ones(1, 2, dtype=torch.float64)))
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)
        self.register_buffer("scale", torch.tensor([2.0, 3.0]))
        self.layers = nn.ModuleDict({"a": nn.Linear(2, 2), "b": nn.Tanh()})
    def forward(self, x):
        return self.fc(self.layers["b"](self.layers["a"](x * self.scale)))
net = Net()
print(net)
print([n for n, _ in net.named_parameters()])
print(list(net.buffers()), [n for n, _ in net.named_buffers()])
print(list(net.state_dict().keys()))
out = net(torch.ones(3, 2))
print(out)
seen = []
def hook(mod, inp, outp):
    seen.append((type(mod).__name__, inp[0].shape, outp.shape))
h = net.fc.register_forward_hook(hook)
net(torch.ones(1, 2))
print(seen)
h.remove()
net(torch.ones(1, 2)); print(len(seen))
def pre(mod, inp):
    print("pre", inp[0].shape)
net.fc.register_forward_pre_hook(pre)
net(torch.ones(4, 2))
e = nn.Embedding(5, 3)
print(e, e.weight.shape)
print(e(torch.tensor([1, 4, 1])))
l = e(torch.tensor([[0, 2]])).sum(); l.backward(); print(e.weight.grad)
print(net.layers.keys(), "a" in net.layers, len(net.layers))
for k, v in net.layers.items(): print(k, v)
net.scale = torch.tensor([1.0, 1.0])
print(net.scale, net.state_dict()["scale"])
try: net.scale = 3
except Exception as e: print(type(e).__name__, e)
try: net.register_buffer("a.b", None)
except Exception as e: print(type(e).__name__, e)
def double_out(mod, inp, outp):
    return outp * 2
h = net.register_forward_hook(double_out)
print(net(torch.ones(1, 2)))
h.remove()
print(net(torch.ones(1, 2)))
def shift_in(mod, inp):
    return inp[0] + 1
net.fc.register_forward_pre_hook(shift_in)
print(net.fc(torch.zeros(1, 2)))
pe = nn.Embedding(4, 2, padding_idx=1)
print(pe, pe.weight)
y = pe(torch.tensor([[1, 2], [2, 3]]))
y.sum().backward()
print(y, pe.weight.grad)
for bad in (torch.tensor([4]), torch.tensor([0.5])):
    try: pe(bad)
    except Exception as e: print(type(e).__name__, e)
fe = nn.Embedding.from_pretrained(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
print(fe(torch.tensor([1])), fe.weight.requires_grad)
print(nn.functional.embedding(torch.tensor([0, 0]), torch.eye(2, requires_grad=True)))
h = nn.Sequential(nn.Linear(2, 2), nn.ReLU()).double()
print(h[0].bias.dtype, [p.dtype for p in h.parameters()])
md = nn.ModuleDict()
md["x"] = nn.ReLU()
md.update({"y": nn.Sigmoid()})
print(md, list(md), md.pop("x"), len(md))
