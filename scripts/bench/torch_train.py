#!/usr/bin/env python3
"""The trainer's work in PyTorch, for scripts/bench.sh (not part of the tests).

Same architecture, optimiser and data as latent-trainer (crates/core/src/model.rs,
crates/trainer/src/train.rs): MNIST from the IDX files, pixels / 255, batch 128 in a seeded
shuffled order, Adam (betas 0.9/0.999, eps 1e-8, no weight decay) at lr 1e-3 with the trainer's
cosine decay to lr/20 set every step, PyTorch's default (uniform +-1/sqrt(fan_in)) initialisation
(the trainer's seeded_init draws the same distribution).

  vae         784-512-256 ReLU encoder with mu and log-variance heads, 2-512-128-784 ReLU decoder,
              loss = BCE-with-logits summed over the pixels + KL, mean over the batch
  classifier  conv3x3(1->32) ReLU maxpool2, conv3x3(32->64) ReLU maxpool2, dropout 0.25,
              fc 3136->128 ReLU, dropout 0.5, fc 128->10; softmax cross-entropy
  map         the committed decoder and classifier (weights/mnist/*.safetensors, f16 -> f32) on a
              GRID x GRID meshgrid over the committed map's bounds, in chunks of 4,096: decode,
              softmax, argmax and max (as latent_trainer::class_map_of_decoder)

Prints one JSON object like the Rust example crates/trainer/examples/bench.rs.
"""

import argparse
import json
import math
import os
import resource
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

BATCH = 128
LR = 1e-3


def idx_images(path):
    with open(path, "rb") as f:
        data = f.read()
    n = int.from_bytes(data[4:8], "big")
    return np.frombuffer(data, np.uint8, offset=16).reshape(n, 784)


def idx_labels(path):
    with open(path, "rb") as f:
        return np.frombuffer(f.read(), np.uint8, offset=8)


class Vae(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.ModuleList([nn.Linear(784, 512), nn.Linear(512, 256)])
        self.mu = nn.Linear(256, 2)
        self.log_var = nn.Linear(256, 2)
        self.dec = nn.ModuleList([nn.Linear(2, 512), nn.Linear(512, 128)])
        self.out = nn.Linear(128, 784)

    def loss(self, x, eps):
        h = x
        for layer in self.enc:
            h = F.relu(layer(h))
        mu, lv = self.mu(h), self.log_var(h)
        z = mu + torch.exp(0.5 * lv) * eps
        h = z
        for layer in self.dec:
            h = F.relu(layer(h))
        logits = self.out(h)
        rec = F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(1)
        kl = -0.5 * (1 + lv - mu.pow(2) - lv.exp()).sum(1)
        return (rec + kl).mean()


class Cnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv0 = nn.Conv2d(1, 32, 3, padding=1)
        self.conv1 = nn.Conv2d(32, 64, 3, padding=1)
        self.fc = nn.Linear(64 * 7 * 7, 128)
        self.out = nn.Linear(128, 10)

    def forward(self, x):
        h = x.view(-1, 1, 28, 28)
        h = F.max_pool2d(F.relu(self.conv0(h)), 2)
        h = F.max_pool2d(F.relu(self.conv1(h)), 2)
        h = F.dropout(h.flatten(1), 0.25, self.training)
        h = F.dropout(F.relu(self.fc(h)), 0.5, self.training)
        return self.out(h)


def cosine_lr(step, total):
    lo = LR / 20
    return lo + 0.5 * (LR - lo) * (1 + math.cos(math.pi * step / max(total, 1)))


def train_epoch(model, x, y, batches, kind):
    """One epoch (or its first `batches` steps) as the trainer's loop; returns seconds."""
    gen = torch.Generator().manual_seed(1)
    opt = torch.optim.Adam(model.parameters(), lr=LR, betas=(0.9, 0.999), eps=1e-8, weight_decay=0)
    n = x.shape[0]
    total = (n + BATCH - 1) // BATCH
    t = time.perf_counter()
    order = torch.randperm(n, generator=gen)
    for b in range(batches):
        for g in opt.param_groups:
            g["lr"] = cosine_lr(b, total)
        ids = order[b * BATCH:(b + 1) * BATCH]
        xb = x.index_select(0, ids)
        if kind == "vae":
            eps = torch.randn(ids.shape[0], 2, generator=gen)
            loss = model.loss(xb, eps)
        else:
            loss = F.cross_entropy(model(xb), y.index_select(0, ids))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        loss.item()  # the trainer reads every batch's loss
    return time.perf_counter() - t


def class_map(weights, grid):
    from safetensors.numpy import load_file

    view = load_file(os.path.join(weights, "mnist", "vae.safetensors"))
    clf_w = load_file(os.path.join(weights, "mnist", "classifier.safetensors"))
    t32 = lambda a: torch.from_numpy(a.astype(np.float32))  # noqa: E731
    dec = [(t32(view[f"decoder.{k}.weight"]), t32(view[f"decoder.{k}.bias"]))
           for k in ("hidden0", "hidden1", "out")]
    clf = Cnn().eval()
    with torch.no_grad():
        for name, p in clf.named_parameters():
            p.copy_(t32(clf_w[f"classifier.{name}"]))
    (lo1, lo2), (hi1, hi2) = view["map.bounds"].tolist()
    # cell centres, row-major from the top (max z2) as latent_core's Meshgrid::points
    u = (np.arange(grid, dtype=np.float32) + 0.5) / grid
    z1 = lo1 + u * (hi1 - lo1)
    z2 = hi2 - u * (hi2 - lo2)
    zz = np.stack(np.broadcast_arrays(z1[None, :], z2[:, None]), -1).reshape(-1, 2)
    z = torch.from_numpy(np.ascontiguousarray(zz, dtype=np.float32))
    t = time.perf_counter()
    classes = []
    with torch.no_grad():
        for s in range(0, z.shape[0], 4096):
            h = z[s:s + 4096]
            for i, (w, b) in enumerate(dec):
                h = F.linear(h, w, b)
                h = F.relu(h) if i < 2 else torch.sigmoid(h)
            p = torch.softmax(clf(h), -1)
            conf, cls = p.max(-1)
            classes.append(cls.to(torch.uint8))
            (conf * 255).round().to(torch.uint8)
    seconds = time.perf_counter() - t
    cls = torch.cat(classes).numpy()
    if grid == view["map.class"].shape[0]:
        same = int((cls == view["map.class"].reshape(-1)).sum())
        print(f"class map: {same} of {cls.size} cells as committed", file=sys.stderr)
    return seconds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("what", choices=["vae", "classifier", "map"])
    ap.add_argument("--batches", type=int, default=0, help="steps to time (0 = the whole epoch)")
    ap.add_argument("--grid", type=int, default=256, help="map cells per side (map)")
    ap.add_argument("--data", default="data/mnist")
    ap.add_argument("--weights", default="weights")
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(1)
    out = {"what": a.what, "batches": 0, "of_batches": 0, "points": 0}
    if a.what == "map":
        s = class_map(a.weights, a.grid)
        out.update(seconds=s, per_epoch_s=s, points=a.grid * a.grid)
    else:
        x = torch.from_numpy(idx_images(os.path.join(a.data, "train-images-idx3-ubyte"))
                             .astype(np.float32) / 255.0)
        y = torch.from_numpy(idx_labels(os.path.join(a.data, "train-labels-idx1-ubyte"))
                             .astype(np.int64))
        total = (x.shape[0] + BATCH - 1) // BATCH
        n = total if a.batches == 0 else min(a.batches, total)
        model = Vae() if a.what == "vae" else Cnn()
        model.train()
        s = train_epoch(model, x, y, n, a.what)
        out.update(seconds=s, per_epoch_s=s * total / n, batches=n, of_batches=total)
    out["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out["threads"] = torch.get_num_threads()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
