#!/usr/bin/env python3
"""Writes the TorchScript fixture of FineTuningTest (run once; the output is committed, tests never call Python).

tiny-cnn-4.pt: conv3x3(3->8, bias) - ReLU - global average pool - flatten - linear(8->4, named "fc"),
weights from torch.manual_seed(20261202), traced on a (2, 3, 8, 8) input. No batch norm, so its outputs
depend on the weights only.
tiny-cnn-4-expected.csv: for the probe batch x[n, c, h, w] = ((7 n + 5 c + 3 h + w) mod 11) / 10,
n < 2, 3x8x8, one row of 4 logits per image, as computed here with PyTorch.

Usage: /usr/bin/python3 make_torchscript_fixture.py   (python3-torch 1.13, CPU)
"""
import os

import torch


class TinyCnn(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 8, 3, padding=1)
        self.pool = torch.nn.AdaptiveAvgPool2d(1)
        self.fc = torch.nn.Linear(8, 4)

    def forward(self, x):
        return self.fc(torch.flatten(self.pool(torch.relu(self.conv(x))), 1))


def probe():
    x = torch.zeros(2, 3, 8, 8)
    for n in range(2):
        for c in range(3):
            for h in range(8):
                for w in range(8):
                    x[n, c, h, w] = ((7 * n + 5 * c + 3 * h + w) % 11) / 10.0
    return x


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    torch.manual_seed(20261202)
    model = TinyCnn().eval()
    x = probe()
    traced = torch.jit.trace(model, x)
    traced.save(os.path.join(here, "tiny-cnn-4.pt"))
    with torch.no_grad():
        logits = model(x)
    with open(os.path.join(here, "tiny-cnn-4-expected.csv"), "w") as f:
        for row in logits.tolist():
            f.write(",".join(repr(v) for v in row) + "\n")


if __name__ == "__main__":
    main()
