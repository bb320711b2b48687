import torch
import torch.nn as nn
import torch.nn.functional as F

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 3)
        self.fc2 = nn.Linear(3, 2)
        self.scale = 2.0

    def forward(self, x):
        x = F.relu(self.fc1(x))
        return self.fc2(x) * self.scale

torch.manual_seed(0)
net = Net()
print(net)
for name, p in net.named_parameters():
    print(name, p.shape)
x = torch.randn(5, 4)
out = net(x)
print(out)
loss = out.pow(2).mean()
loss.backward()
print(net.fc1.weight.grad)
opt = torch.optim.SGD(net.parameters(), lr=0.1)
opt.step()
print(net.fc2.bias)
print(isinstance(net, nn.Module), type(net).__name__)

class Polynomial3(torch.nn.Module):
    def __init__(self):
        super(Polynomial3, self).__init__()
        self.a = torch.nn.Parameter(torch.randn(()))
        self.b = torch.nn.Parameter(torch.randn(()))

    def forward(self, x):
        return self.a + self.b * x

    def string(self):
        return f'y = {self.a.item()} + {self.b.item()} x'

m = Polynomial3()
print(m, list(m.parameters()))
print(m.string())

class Value:
    def __init__(self, data, _children=(), _op=''):
        self.data = data
        self.grad = 0.0
        self._prev = set(_children)
        self._op = _op
        self._backward = lambda: None

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), '+')
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), '*')
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def backward(self):
        topo = []
        visited = set()
        def build(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build(child)
                topo.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"

a = Value(2.0)
b = Value(-3.0)
c = a * b + 1 + 2 * a
c.backward()
print(a, b, c)
