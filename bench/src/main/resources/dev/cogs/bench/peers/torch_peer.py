#!/usr/bin/env python3
"""The PyTorch peer of `cogs bench train`.

Trains the two-layer quadratic network of Tian, arXiv:2410.01779, with the setup of docs/cogs-math.md §1 and
§8, in float32 on the CPU:

  * inputs: all pairs (a, b) of Z_d, index i = a*d + b, label (a + b) mod d; a seeded permutation of the d*d
    indices puts its first ceil(0.1*d*d) entries in the test set, the rest in the training set;
  * model: h_j(a, b) = Ua[j, a] + Ub[j, b] (Ua, Ub are q x d), o(a, b) = sum_j W[:, j] h_j^2 (W is d x q);
  * loss: the projected MSE  mean over pairs of || P(o - e_y) ||^2  with P = I - 11^T/d (no 1/2, no 1/d);
  * initialisation: Ua, Ub ~ U(-1/sqrt(d), 1/sqrt(d)), W ~ U(-1/sqrt(q), 1/sqrt(q));
  * optimiser: full-batch Adam (0.9, 0.999, eps 1e-8) with coupled L2 decay, i.e. wd * theta added to the
    gradient before the moments (torch.optim.Adam's weight_decay), one step per epoch.

Usage: torch_peer.py D Q EPOCHS [WD] [LR] [SEED] [OUTDIR]
  (defaults WD 5e-5, LR 0.01, SEED 1; the environment variable THREADS sets torch's thread count, default 1)

Prints one line  d=D q=Q epochs=E threads=T s_per_step=S train_loss=... train_acc=... test_loss=... test_acc=...
torch=VERSION
where S is the mean wall time of the steps after the first (the first step, which allocates, is not timed
when EPOCHS > 1) and the metrics are those of the final weights; with OUTDIR, writes Ua.npy (q x d), Ub.npy
(q x d) and W.npy (d x q) in float32 there.

Written for cogs from the setup above; it is not a port of the authors' code and does not reproduce their
random streams (torch's generator seeded with SEED draws the permutation, then Ua, Ub and W).
"""
import math
import os
import sys
import time

import numpy as np
import torch


def parse(argv):
    if len(argv) < 4 or len(argv) > 8:
        sys.stderr.write("usage: torch_peer.py D Q EPOCHS [WD] [LR] [SEED] [OUTDIR]\n")
        sys.exit(2)
    d, q, epochs = int(argv[1]), int(argv[2]), int(argv[3])
    wd = float(argv[4]) if len(argv) > 4 else 5e-5
    lr = float(argv[5]) if len(argv) > 5 else 0.01
    seed = int(argv[6]) if len(argv) > 6 else 1
    outdir = argv[7] if len(argv) > 7 else None
    if d < 3 or q < 1 or epochs < 1:
        sys.stderr.write("torch_peer.py: need D >= 3, Q >= 1, EPOCHS >= 1\n")
        sys.exit(2)
    return d, q, epochs, wd, lr, seed, outdir


def uniform(gen, rows, cols, bound):
    return ((torch.rand(rows, cols, generator=gen, dtype=torch.float32) * 2 - 1) * bound).requires_grad_()


class PairSet:
    """One side of the split: operand indices, labels and the projected one-hot targets (P e_y)."""

    def __init__(self, indices, d):
        self.a = torch.div(indices, d, rounding_mode="floor")
        self.b = indices % d
        self.y = (self.a + self.b) % d
        self.target = torch.nn.functional.one_hot(self.y, d).to(torch.float32) - 1.0 / d
        self.n = indices.numel()


def outputs(ua, ub, w, pairs):
    """o for every pair of the set, n x d."""
    h = ua.index_select(1, pairs.a) + ub.index_select(1, pairs.b)  # q x n
    return torch.mm(w, h.square()).t()


def loss_and_accuracy(ua, ub, w, pairs):
    o = outputs(ua, ub, w, pairs)
    residual = o - o.mean(dim=1, keepdim=True) - pairs.target
    loss = residual.square().sum(dim=1).mean()
    accuracy = (o.argmax(dim=1) == pairs.y).to(torch.float64).mean().item()
    return loss, accuracy


def main(argv):
    d, q, epochs, wd, lr, seed, outdir = parse(argv)
    threads = int(os.environ.get("THREADS", "1"))
    torch.set_num_threads(threads)
    gen = torch.Generator().manual_seed(seed)

    order = torch.randperm(d * d, generator=gen)
    n_test = math.ceil(0.1 * d * d)
    test = PairSet(order[:n_test], d)
    train = PairSet(order[n_test:], d)

    ua = uniform(gen, q, d, 1 / math.sqrt(d))
    ub = uniform(gen, q, d, 1 / math.sqrt(d))
    w = uniform(gen, d, q, 1 / math.sqrt(q))
    optimiser = torch.optim.Adam([ua, ub, w], lr=lr, betas=(0.9, 0.999), eps=1e-8, weight_decay=wd)

    def step():
        optimiser.zero_grad(set_to_none=True)
        o = outputs(ua, ub, w, train)
        residual = o - o.mean(dim=1, keepdim=True) - train.target
        residual.square().sum(dim=1).mean().backward()
        optimiser.step()

    step()
    start = time.perf_counter()
    for _ in range(epochs - 1):
        step()
    elapsed = time.perf_counter() - start
    per_step = elapsed / (epochs - 1) if epochs > 1 else float("nan")

    with torch.no_grad():
        train_loss, train_acc = loss_and_accuracy(ua, ub, w, train)
        test_loss, test_acc = loss_and_accuracy(ua, ub, w, test)
    print(f"d={d} q={q} epochs={epochs} threads={threads} s_per_step={per_step:.6f} "
          f"train_loss={train_loss.item():.3e} train_acc={train_acc:.4f} "
          f"test_loss={test_loss.item():.3e} test_acc={test_acc:.4f} torch={torch.__version__}", flush=True)
    if outdir:
        os.makedirs(outdir, exist_ok=True)
        for name, tensor in (("Ua", ua), ("Ub", ub), ("W", w)):
            np.save(os.path.join(outdir, name + ".npy"), tensor.detach().numpy().astype(np.float32))


if __name__ == "__main__":
    main(sys.argv)
