package org.hillmix.core.metrics;

import java.util.Arrays;

import org.hillmix.core.internal.metrics.StableSort;

/**
 * Per-item quantities of one {@link ItemPredictions}, precomputed so that every {@link HeadlineMetric} of a
 * bootstrap resample costs one pass over the items. A resample is given as {@code counts[i]}, the number of
 * times item {@code i} was drawn, and their sum {@code total}; the full test set is all ones. Not thread-safe
 * (scratch arrays are reused).
 */
final class ResampleTable {

    private final int n;
    private final int k;
    private final int bins;
    private final boolean[] correct;
    private final double[] confidence;
    private final int[] confidenceBin;
    private final int[] confidenceOrder;
    private final double[] nll;
    private final double[] brier;
    private final double[] humanCe; // NaN where the item has no human distribution
    private final int[] labels;
    private final double[] probabilities;
    private final int[] classwiseCell; // [i * k + c] = c * bins + bin(p_ic)

    private final long[] binCount;
    private final double[] binConfidence;
    private final long[] binHits;
    private final long[] cellCount;
    private final double[] cellProbability;
    private final long[] cellHits;

    ResampleTable(ItemPredictions items, int bins) {
        Validation.bins(bins);
        Predictions p = items.predictions();
        this.n = p.rows();
        this.k = p.classes();
        this.bins = bins;
        if (n == 0) {
            throw new IllegalArgumentException("no predictions: the bootstrap needs at least one example");
        }
        probabilities = p.flatProbabilities();
        labels = p.labelArray();
        correct = new boolean[n];
        confidence = new double[n];
        confidenceBin = new int[n];
        nll = new double[n];
        brier = new double[n];
        humanCe = new double[n];
        classwiseCell = new int[n * k];
        for (int i = 0; i < n; i++) {
            int off = i * k;
            int top = TopLabel.argmax(probabilities, off, k);
            correct[i] = top == labels[i];
            confidence[i] = probabilities[off + top];
            confidenceBin[i] = EqualWidthBins.index(confidence[i], bins);
            nll[i] = Divergences.nll(probabilities, off, labels[i]);
            brier[i] = Divergences.brier(probabilities, off, k, labels[i]);
            double[] h = items.humanRow(i);
            humanCe[i] = h == null ? Double.NaN : Divergences.crossEntropy(h, 0, probabilities, off, k);
            for (int c = 0; c < k; c++) {
                classwiseCell[off + c] = c * bins + EqualWidthBins.index(probabilities[off + c], bins);
            }
        }
        confidenceOrder = StableSort.sortedIndices(confidence, n);
        binCount = new long[bins];
        binConfidence = new double[bins];
        binHits = new long[bins];
        cellCount = new long[k * bins];
        cellProbability = new double[k * bins];
        cellHits = new long[k * bins];
    }

    int items() {
        return n;
    }

    int[] labels() {
        return labels;
    }

    /** Whether item {@code i} has a human distribution. */
    boolean hasHuman(int i) {
        return !Double.isNaN(humanCe[i]);
    }

    /** The metric of the resample {@code counts} ({@code total} draws). */
    double value(HeadlineMetric metric, int[] counts, int total) {
        return switch (metric) {
            case ACCURACY -> accuracy(counts, total);
            case NLL -> mean(nll, counts, total);
            case BRIER -> mean(brier, counts, total);
            case ECE -> ece(counts, total);
            case DEBIASED_ECE -> DebiasedCalibrationError.fromSquared(debiasedSquared(counts, total));
            case CLASSWISE_ECE -> classwise(counts, total);
            case HUMAN_CE -> humanCe(counts);
        };
    }

    private double accuracy(int[] counts, int total) {
        long hits = 0;
        for (int i = 0; i < n; i++) {
            if (correct[i]) {
                hits += counts[i];
            }
        }
        return (double) hits / total;
    }

    private double mean(double[] v, int[] counts, int total) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (counts[i] != 0) {
                sum += counts[i] * v[i];
            }
        }
        return sum / total;
    }

    private double humanCe(int[] counts) {
        double sum = 0;
        long drawn = 0;
        for (int i = 0; i < n; i++) {
            if (counts[i] != 0 && !Double.isNaN(humanCe[i])) {
                sum += counts[i] * humanCe[i];
                drawn += counts[i];
            }
        }
        return drawn == 0 ? Double.NaN : sum / drawn;
    }

    /** As {@link CalibrationAccumulator}: {@code sum_b (n_b/N) |acc_b - conf_b|}. */
    private double ece(int[] counts, int total) {
        Arrays.fill(binCount, 0);
        Arrays.fill(binConfidence, 0);
        Arrays.fill(binHits, 0);
        for (int i = 0; i < n; i++) {
            int w = counts[i];
            if (w != 0) {
                int b = confidenceBin[i];
                binCount[b] += w;
                binConfidence[b] += w * confidence[i];
                if (correct[i]) {
                    binHits[b] += w;
                }
            }
        }
        double e = 0;
        for (int b = 0; b < bins; b++) {
            long cnt = binCount[b];
            if (cnt > 0) {
                e += cnt / (double) total * Math.abs((double) binHits[b] / cnt - binConfidence[b] / cnt);
            }
        }
        return e;
    }

    /**
     * {@link DebiasedCalibrationError} of the resample: the drawn items in ascending order of confidence (ties by
     * item index, copies of one item together), cut into the equal-mass bins of {@code total} draws.
     */
    double debiasedSquared(int[] counts, int total) {
        int[] sizes = EqualMassBins.equalMassSizes(total, bins);
        int b = 0;
        while (b < bins && sizes[b] == 0) {
            b++;
        }
        int room = b < bins ? sizes[b] : 0;
        int hits = 0;
        double sumConf = 0;
        double d = 0;
        for (int j = 0; j < n && b < bins; j++) {
            int i = confidenceOrder[j];
            int w = counts[i];
            while (w > 0) {
                int take = Math.min(w, room);
                sumConf += take * confidence[i];
                if (correct[i]) {
                    hits += take;
                }
                w -= take;
                room -= take;
                if (room == 0) {
                    d += DebiasedCalibrationError.term(sizes[b], hits, sumConf, total);
                    hits = 0;
                    sumConf = 0;
                    b++;
                    while (b < bins && sizes[b] == 0) {
                        b++;
                    }
                    if (b == bins) {
                        break;
                    }
                    room = sizes[b];
                }
            }
        }
        return d;
    }

    /** As {@link CalibrationAccumulator}: the mean over classes of each class's equal-width ECE. */
    private double classwise(int[] counts, int total) {
        Arrays.fill(cellCount, 0);
        Arrays.fill(cellProbability, 0);
        Arrays.fill(cellHits, 0);
        for (int i = 0; i < n; i++) {
            int w = counts[i];
            if (w == 0) {
                continue;
            }
            int off = i * k;
            for (int c = 0; c < k; c++) {
                int cell = classwiseCell[off + c];
                cellCount[cell] += w;
                cellProbability[cell] += w * probabilities[off + c];
                if (c == labels[i]) {
                    cellHits[cell] += w;
                }
            }
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            double eceC = 0;
            for (int b = 0; b < bins; b++) {
                int cell = c * bins + b;
                long cnt = cellCount[cell];
                if (cnt > 0) {
                    eceC += cnt / (double) total * Math.abs((double) cellHits[cell] / cnt - cellProbability[cell] / cnt);
                }
            }
            sum += eceC;
        }
        return sum / k;
    }
}
