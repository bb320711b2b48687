import torch
# RMSprop (plain, momentum + weight decay, centered), Adagrad (plain, lr_decay + weight decay
# + initial accumulator) and AdamW, 50 steps of a least-squares fit each
torch.manual_seed(0)
X = torch.randn(64, 3)
y = X @ torch.tensor([1.5, -2.0, 0.5]) + 0.3
for name, make in [("RMSprop", lambda p: torch.optim.RMSprop(p, lr=0.01)),
                   ("RMSprop-mom", lambda p: torch.optim.RMSprop(p, lr=0.01, momentum=0.9, weight_decay=0.01)),
                   ("RMSprop-centered", lambda p: torch.optim.RMSprop(p, lr=0.01, centered=True)),
                   ("Adagrad", lambda p: torch.optim.Adagrad(p, lr=0.1)),
                   ("Adagrad-decay", lambda p: torch.optim.Adagrad(p, lr=0.1, lr_decay=0.01, weight_decay=0.1, initial_accumulator_value=0.5)),
                   ("AdamW", lambda p: torch.optim.AdamW(p, lr=0.05))]:
    w = torch.zeros(3, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    opt = make([w, b])
    for step in range(50):
        loss = ((X @ w + b - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    # 6 significant digits: float32 sqrt is MKL's in PyTorch (1 ulp off on some inputs)
    print(name, f"{loss.item():.6g}", [f"{v:.6g}" for v in w.tolist() + b.tolist()])
print(torch.optim.RMSprop([w], lr=0.1))
