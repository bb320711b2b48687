import torch
w = torch.tensor([0.5, -1.0], requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.Adam([{"params": [w]}, {"params": [b], "lr": 0.5}], lr=0.1)
for i in range(3):
    loss = (w * w).sum() + (b - 1).pow(2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
print(opt.state)
for p, st in opt.state.items():
    print(p.shape, sorted(st), st["step"])
sd = opt.state_dict()
print(sd["param_groups"][1]["params"], list(sd["state"]))
print(opt.state[b]["exp_avg"])
sgd = torch.optim.SGD([w], lr=0.1)
print(len(sgd.state), dict(sgd.state))
