import torch
w = torch.nn.init.kaiming_normal_(torch.empty(0, 3))
print(w.shape)
