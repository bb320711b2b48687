import torch
print(torch.zeros(2, 2, 0) @ torch.zeros(0))
print(torch.zeros(3, 0) @ torch.zeros(0, 2))
print(torch.zeros(2, 3, 0, requires_grad=True).matmul(torch.zeros(0, 4)).shape)
print(torch.zeros(0, dtype=torch.long).softmax(0), torch.zeros(2, 0, dtype=torch.long).log_softmax(1))
try:
    torch.ones(2, dtype=torch.long).softmax(0)
except NotImplementedError as e:
    print(e)
