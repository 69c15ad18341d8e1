#!/usr/bin/env python3
"""Train the CoGS quadratic net in PyTorch and save it the way the paper's authors' trainer does.

Usage:
    torch_export.py OUTDIR [--d 23] [--q 512] [--epochs 10000] [--wd 5e-5] [--lr 0.01] [--seed 1]
                           [--every 100] [--formats]

OUTDIR receives model{epoch:05d}.pt every --every epochs and after the last step (epochs 0, 100, ...,
10000: 101 files by default), each written by torch.save({"model": state_dict, "results": results}) with
the luckmatters layer names layera.weight (q x d), layerb.weight (q x d), layerc.weight (d x q) and the
frozen identity embedding; results lists one dict per saved epoch so far (epoch, train_acc, test_acc,
train_loss, test_loss), as the authors' trainer logs them. With --formats the last checkpoint is also
written as model{epoch:05d}.safetensors, model{epoch:05d}.npz and as the folder npy/ (Ua.npy, Ub.npy,
W.npy), so that `cogs analyze --weights` can be run on each and the results compared.

Then, for example:
    cogs analyze --run OUTDIR --pattern 'model{epoch}.pt'       # the whole run as a trajectory
    cogs analyze --weights OUTDIR/model10000.pt                  # one checkpoint

The setting is the paper's (docs/cogs-math.md section 8): full-batch Adam with coupled L2 weight decay,
lr 0.01, quadratic activation, the projected MSE of section 1, a random 90/10 split of the d^2 pairs
(NumPy RandomState(seed).permutation, first ceil(0.1 d^2) pairs held out), nn.Linear's default
initialisation U(-1/sqrt(fan_in), 1/sqrt(fan_in)). Written for this repository; needs torch and numpy
(Debian: apt-get install python3-torch).
"""
import argparse
import json
import math
import os
import struct

import numpy as np
import torch


class QuadraticNet(torch.nn.Module):
    """Frozen one-hot embedding, two bias-free input layers, squared activation, bias-free output layer."""

    def __init__(self, d, q):
        super().__init__()
        self.embedding = torch.nn.Embedding(d, d).requires_grad_(False)
        with torch.no_grad():
            self.embedding.weight[:] = torch.eye(d)
        self.layera = torch.nn.Linear(d, q, bias=False)
        self.layerb = torch.nn.Linear(d, q, bias=False)
        self.layerc = torch.nn.Linear(q, d, bias=False)

    def forward(self, a, b):
        h = self.layera(self.embedding(a)) + self.layerb(self.embedding(b))
        return self.layerc(h * h)


def projected_mse(out, y, d):
    """Sum over classes of the squared mean-free error, averaged over the pairs (no 1/2, no 1/d)."""
    target = torch.nn.functional.one_hot(y, d).to(out.dtype) - 1.0 / d
    centred = out - out.mean(dim=1, keepdim=True)
    return ((centred - target) ** 2).sum(dim=1).mean()


def evaluate(model, a, b, y, d):
    with torch.no_grad():
        out = model(a, b)
        return projected_mse(out, y, d).item(), (out.argmax(dim=1) == y).float().mean().item()


def write_safetensors(path, tensors):
    """The safetensors layout: u64 little-endian header size, JSON header padded to 8 bytes, raw data."""
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        data = np.ascontiguousarray(t, dtype="<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for blob in blobs:
            f.write(blob)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("outdir")
    p.add_argument("--d", type=int, default=23)
    p.add_argument("--q", type=int, default=512)
    p.add_argument("--epochs", type=int, default=10000)
    p.add_argument("--wd", type=float, default=5e-5)
    p.add_argument("--lr", type=float, default=0.01)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--every", type=int, default=100)
    p.add_argument("--formats", action="store_true", help="also write the last checkpoint as .safetensors, "
                   ".npz and a folder of .npy files")
    args = p.parse_args()
    torch.set_num_threads(int(os.environ.get("THREADS", "1")))
    torch.manual_seed(args.seed)
    d = args.d
    pairs = torch.tensor([(a, b) for a in range(d) for b in range(d)])
    perm = np.random.RandomState(args.seed).permutation(d * d)
    n_test = math.ceil(0.1 * d * d)
    test, train = torch.tensor(perm[:n_test]), torch.tensor(perm[n_test:])
    a_all, b_all = pairs[:, 0], pairs[:, 1]
    y_all = (a_all + b_all) % d
    model = QuadraticNet(d, args.q)
    opt = torch.optim.Adam([model.layera.weight, model.layerb.weight, model.layerc.weight], lr=args.lr,
                           weight_decay=args.wd)
    os.makedirs(args.outdir, exist_ok=True)
    results = []

    def save(epoch):
        tr_loss, tr_acc = evaluate(model, a_all[train], b_all[train], y_all[train], d)
        te_loss, te_acc = evaluate(model, a_all[test], b_all[test], y_all[test], d)
        results.append(dict(epoch=epoch, train_acc=tr_acc, test_acc=te_acc, train_loss=tr_loss, test_loss=te_loss))
        torch.save({"model": model.state_dict(), "results": results},
                   os.path.join(args.outdir, f"model{epoch:05d}.pt"))
        return tr_loss, te_acc

    for epoch in range(args.epochs):
        if epoch % args.every == 0:
            save(epoch)
        opt.zero_grad()
        loss = projected_mse(model(a_all[train], b_all[train]), y_all[train], d)
        loss.backward()
        opt.step()
    tr_loss, te_acc = save(args.epochs)
    print(f"d={d} q={args.q} epochs={args.epochs} train_loss={tr_loss:.3e} test_acc={te_acc:.4f} -> {args.outdir}")
    if args.formats:
        w = {k: v.detach().numpy() for k, v in model.state_dict().items() if k.startswith("layer")}
        stem = os.path.join(args.outdir, f"model{args.epochs:05d}")
        write_safetensors(stem + ".safetensors", w)
        np.savez(stem + ".npz", **w)
        os.makedirs(os.path.join(args.outdir, "npy"), exist_ok=True)
        for name, key in (("Ua", "layera.weight"), ("Ub", "layerb.weight"), ("W", "layerc.weight")):
            np.save(os.path.join(args.outdir, "npy", name + ".npy"), w[key])


if __name__ == "__main__":
    main()
