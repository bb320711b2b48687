import torch
w = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.SGD([w], lr=0.1)
s = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
print(s.get_last_lr(), opt.param_groups[0]['lr'], s.last_epoch, s.base_lrs)
for i in range(5):
    opt.step(); s.step(); print(i, s.get_last_lr(), opt.param_groups[0]['lr'])
print(s.state_dict())
print(opt)
opt = torch.optim.SGD([w], lr=0.1)
s = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.9)
for i in range(3):
    opt.step(); s.step(); print(s.get_last_lr())
opt = torch.optim.Adam([w], lr=0.01)
s = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[1, 3, 3], gamma=0.1)
print(s.milestones)
for i in range(4):
    opt.step(); s.step(); print(s.get_last_lr())
opt = torch.optim.SGD([w], lr=0.1)
s = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=4, eta_min=0.001)
for i in range(10):
    opt.step(); s.step(); print(s.get_last_lr())
opt = torch.optim.SGD([w], lr=0.1)
s = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda=lambda e: 0.95 ** e)
for i in range(3):
    opt.step(); s.step(); print(s.get_last_lr())
print(s.state_dict())
opt = torch.optim.SGD([w], lr=0.1)
s = torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.5, total_iters=3)
for i in range(4):
    opt.step(); s.step(); print(s.get_last_lr())
opt = torch.optim.SGD([w], lr=0.1)
s = torch.optim.lr_scheduler.ConstantLR(opt, factor=0.5, total_iters=2)
for i in range(3):
    opt.step(); s.step(); print(s.get_last_lr())
opt = torch.optim.SGD([w], lr=0.1)
s = torch.optim.lr_scheduler.MultiplicativeLR(opt, lambda e: 0.9)
for i in range(2):
    opt.step(); s.step(); print(s.get_last_lr())
opt = torch.optim.SGD([w], lr=0.1)
r = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, patience=1, factor=0.5)
for v in [1.0, 0.9, 0.95, 0.97, 0.99, 0.5]:
    r.step(v); print(opt.param_groups[0]['lr'], r.get_last_lr(), r.num_bad_epochs, r.best)
r = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, 'max', factor=0.5, patience=0, cooldown=1, min_lr=0.02)
for v in [1, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05]:
    r.step(torch.tensor(v)); print(opt.param_groups[0]['lr'], r.num_bad_epochs, r.best)
print(list(r.state_dict().keys()))
for bad in (lambda: torch.optim.lr_scheduler.StepLR(w, step_size=1),
            lambda: torch.optim.lr_scheduler.StepLR(torch.optim.SGD([w], lr=0.1), 1, last_epoch=3),
            lambda: torch.optim.lr_scheduler.LinearLR(opt, start_factor=0),
            lambda: torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=2.0)):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
torch.manual_seed(0)
model = torch.nn.Linear(1, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.2, momentum=0.9)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=3, gamma=0.5)
x = torch.linspace(-1, 1, 8).unsqueeze(1)
y = 3 * x - 1
for epoch in range(7):
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    sched.step()
    print(epoch, f"{loss.item():.5f}", sched.get_last_lr())
