import torch
w = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.SGD([w], lr=0.1)
s = torch.optim.lr_scheduler.PolynomialLR(opt, total_iters=4, power=2.0)
for i in range(6):
    opt.step(); s.step(); print(s.get_last_lr())
opt = torch.optim.SGD([w], lr=0.1)
s = torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=3, T_mult=2, eta_min=0.01)
for i in range(10):
    opt.step(); s.step(); print(i, s.get_last_lr(), s.T_cur, s.T_i)
opt = torch.optim.SGD([w], lr=0.1)
s = torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=2)
for i in range(5):
    opt.step(); s.step(); print(s.get_last_lr(), s.last_epoch)
print(s.state_dict())
