"""The metric set of `hillmix metrics` (docs/metrics.md) in plain NumPy, as the speed reference of
`hillmix bench metrics-cli`. Usage: python3 metrics_numpy.py P.npy L.npy [T.npy] [BINS] [BETA].
Prints one JSON object with the same keys as `hillmix metrics` (the reliability bins left out), so
the benchmark can check that both computed the same numbers before it compares their times."""
import json
import sys

import numpy as np


def equal_width(conf, correct, bins):
    # bin b holds (b/B, (b+1)/B]; 0 goes to the first bin (docs/metrics.md section 4)
    edges = np.arange(bins + 1) / bins
    idx = np.clip(np.searchsorted(edges, conf, side="left") - 1, 0, bins - 1)
    n = np.bincount(idx, minlength=bins)
    sc = np.bincount(idx, weights=conf, minlength=bins)
    sa = np.bincount(idx, weights=correct, minlength=bins)
    nz = n > 0
    gap = np.abs(sa[nz] / n[nz] - sc[nz] / n[nz])
    return float(np.sum(n[nz] / conf.size * gap)), float(gap.max())


def sorted_bins(conf, correct, sizes):
    order = np.argsort(conf, kind="stable")
    c, a = conf[order], correct[order]
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    sizes = np.asarray(sizes)
    keep = sizes > 0
    return np.add.reduceat(c, starts[keep]) / sizes[keep], np.add.reduceat(a, starts[keep]) / sizes[keep], sizes[keep]


def main(argv):
    p = np.load(argv[1], mmap_mode="r")
    y = np.load(argv[2]).astype(np.int64)
    t = np.load(argv[3], mmap_mode="r") if len(argv) > 3 and argv[3] != "-" else None
    bins = int(argv[4]) if len(argv) > 4 else 15
    beta = int(argv[5]) if len(argv) > 5 else 100
    n, k = p.shape
    rows = np.arange(n)
    py = p[rows, y]
    pred = np.argmax(p, axis=1)  # lowest index among ties
    conf = p[rows, pred]
    correct = (pred == y).astype(np.float64)
    rank = np.sum(p > py[:, None], axis=1) + np.sum((p == py[:, None]) & (np.arange(k)[None, :] < y[:, None]), axis=1)
    per_class = np.bincount(y, weights=correct, minlength=k) / np.maximum(np.bincount(y, minlength=k), 1)
    present = np.bincount(y, minlength=k) > 0
    worst = int(np.flatnonzero(present)[np.argmin(per_class[present])])
    with np.errstate(divide="ignore", invalid="ignore"):
        logp = np.log(np.maximum(p, 1e-12))
        plogp = np.where(p > 0, p * np.log(p), 0.0)
    entropy = -plogp.sum(axis=1)
    brier = np.sum(p * p, axis=1) - 2 * py + 1
    out = {"n": n, "classes": k, "bins": bins, "accuracy": correct.mean(), "top2_accuracy": float(np.mean(rank < 2)),
           "worst_class_accuracy": float(per_class[worst]), "worst_class": worst,
           "nll": float(-np.mean(np.log(np.maximum(py, 1e-12)))), "brier": float(brier.mean()),
           "entropy": float(entropy.mean())}
    out["ece"], out["mce"] = equal_width(conf, correct, bins)
    q, r = divmod(n, bins)
    c, a, s = sorted_bins(conf, correct, [q + 1] * r + [q] * (bins - r))
    out["ece_equal_mass"] = float(np.sum(s / n * np.abs(a - c)))
    cw = 0.0
    for cls in range(k):
        cw += equal_width(np.ascontiguousarray(p[:, cls]), (y == cls).astype(np.float64), bins)[0]
    out["classwise_ece"] = cw / k
    m = max(1, n // beta)
    c, a, s = sorted_bins(conf, correct, [beta] * (m - 1) + [n - beta * (m - 1)])
    out["rms_calibration_error"] = float(np.sqrt(np.sum(s / n * (c - a) ** 2)))
    out["rms_bin_size"] = beta
    if t is not None:
        with np.errstate(divide="ignore", invalid="ignore"):
            tlogt = np.where(t > 0, t * np.log(t), 0.0)
            mix = (p + t) / 2
            logm = np.log(mix)
            js = 0.5 * np.sum(np.where(t > 0, t * (np.log(t) - logm), 0.0), axis=1) \
                + 0.5 * np.sum(np.where(p > 0, p * (np.log(p) - logm), 0.0), axis=1)
        ce = -np.sum(t * logp, axis=1)
        ht = -tlogt.sum(axis=1)
        out["cross_entropy_to_targets"] = float(ce.mean())
        out["kl_to_targets"] = float(np.mean(ce - ht))
        out["js_to_targets"] = float(js.mean())
        out["l1_to_targets"] = float(np.abs(p - t).sum(axis=1).mean())
        out["target_entropy"] = float(ht.mean())
        r_ = np.corrcoef(entropy, ht)[0, 1] if n > 1 else float("nan")
        out["entropy_correlation"] = None if np.isnan(r_) else float(np.clip(r_, -1, 1))
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main(sys.argv)
