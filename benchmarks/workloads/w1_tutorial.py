# 自动求导入门：用一个小例子走一遍 autograd 的基本流程
import torch

# 创建一个张量并设置 requires_grad=True 来追踪在它上面进行的所有计算
x = torch.ones(2, 2, requires_grad=True)
print(x)

# 做一次加法，结果 y 是由运算产生的，所以它带有 grad_fn
y = x + 2
print(y)
print(y.grad_fn)
print(y.grad_fn.name())
print(y.grad_fn.next_functions)

# 在 y 上继续做乘法和求平均
z = y * y * 3
out = z.mean()
print(z)
print(z.grad_fn.name())
print(out)

# 叶子节点与非叶子节点
print(x.is_leaf, y.is_leaf, out.is_leaf)

# 反向传播：out 是标量，所以 backward() 不需要参数
out.backward()
# d(out)/dx = 3 * 2 * (x + 2) / 4 = 4.5
print(x.grad)

# 梯度会累加：重新构建计算图后再做一次反向传播
out = ((x + 2) * (x + 2) * 3).mean()
out.backward()
print(x.grad)

# 用 .data 把梯度清零，然后再算一次
x.grad.data.zero_()
print(x.grad)
out = ((x + 2) * (x + 2) * 3).mean()
out.backward()
print(x.grad)

# 一个不断翻倍的循环，直到向量的范数超过 1000（从固定的张量开始，不用随机数）
v = torch.tensor([0.5, -1.0, 1.5], requires_grad=True)
y = v * 2
steps = 1
while y.data.norm() < 1000:
    y = y * 2
    steps += 1
print(steps)
print(y)
print(y.grad_fn)

# y 不是标量，需要给 backward 传入一个和 y 形状相同的梯度向量
gradients = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
y.backward(gradients)
print(v.grad)

# 在 no_grad 上下文中运算不会被追踪
print(v.requires_grad)
print((v ** 2).requires_grad)
with torch.no_grad():
    print((v ** 2).requires_grad)

# 通过 .data 直接修改数值，不会被 autograd 记录
x.data *= 100
print(x)
print(x.grad)

# requires_grad_() 会原地修改一个张量的 requires_grad 标志
a = torch.tensor([[2.0, 3.0], [4.0, 5.0]])
a = ((a * 3) / (a - 1))
print(a.requires_grad)
a.requires_grad_(True)
print(a.requires_grad)
b = (a * a).sum()
print(b.grad_fn)
print(b)

# detach() 得到一个不再需要梯度的新张量
d = b.detach()
print(d.requires_grad)
print(d)
