import torch
total = torch.zeros(1)
for i in range(4):
    if i % 2 == 0:
        total = total + i
    else:
        total = total - 1
print(total)
k = 0
while k < 3:
    k += 1
print(k)
def square(t):
    return t * t
print(square(torch.tensor([3.0])))
