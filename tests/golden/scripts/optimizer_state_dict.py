import torch
w = torch.tensor([0.5, -1.0], requires_grad=True)
for opt in [torch.optim.SGD([w], lr=0.1, momentum=0.9), torch.optim.Adam([w], lr=0.1), torch.optim.AdamW([w], lr=0.1, amsgrad=True),
            torch.optim.RMSprop([w], lr=0.1, momentum=0.5, centered=True), torch.optim.Adagrad([w], lr=0.1)]:
    print(opt.state_dict())
    (w * w).sum().backward()
    opt.step()
    opt.zero_grad()
    print(opt.state[w])
    print(len(opt.state), type(opt.state).__name__)
    print(opt.state_dict())
