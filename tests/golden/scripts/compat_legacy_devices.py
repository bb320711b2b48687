import torch
from torch.autograd import Variable
t = torch.ones(2)
v = Variable(t, requires_grad=True)
print(v, v is t, t.requires_grad)
print(Variable(t) is t)
print(torch.FloatTensor([1, 2]), torch.LongTensor([1, 2]), torch.FloatTensor(2, 3).shape, torch.DoubleTensor([1.5]))
print(t.type(torch.LongTensor), torch.FloatTensor, type(torch.FloatTensor([1.])))
print(t.new_zeros(2, 3), t.new_ones((2,)), t.new_tensor([1, 2]), t.new_full((2,), 7), t.new_empty(0))
print(t.is_inference(), torch.cuda.is_available(), torch.accelerator.is_available(), torch.backends.mps.is_available(), torch.cuda.device_count())
print(isinstance(t, torch.FloatTensor), isinstance(t.long(), torch.FloatTensor))
print(type(t), type(t.shape), type(torch.nn.Linear(1,1)), type(torch.nn.Parameter(t)), type(torch.float32), torch.nn.Linear(1,1).parameters())
print(type(torch.nn.ReLU()), type(torch.nn.MSELoss()), type(torch.nn.Sequential()), type(torch.optim.SGD([v], lr=0.1)))
s = torch.nn.Sequential(torch.nn.Linear(1, 2), torch.nn.ReLU())
s[1] = torch.nn.Tanh()
print(s)
print(torch.randint(5, (2, 4)).shape)
device = "cuda" if torch.cuda.is_available() else "cpu"
print(device, torch.ones(2).to(device))
