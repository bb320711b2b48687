import torch
import torch.nn.functional as F
torch.manual_seed(0)
logits = torch.randn(3, 4)
for target in [torch.tensor([1.0, 2.0, 0.0]), torch.tensor([1, 2, 0]),
               torch.zeros(3, 4, dtype=torch.long), torch.softmax(torch.randn(3, 4), 1),
               torch.tensor([True, False, True])]:
    for fn in (F.cross_entropy, torch.nn.CrossEntropyLoss(), torch.nn.NLLLoss()):
        try:
            print(fn(logits, target))
        except RuntimeError as e:
            print("RuntimeError:", e)
