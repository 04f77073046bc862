package org.hillmix.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hillmix.core.internal.metrics.StableSort;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Computes the full {@link MetricReport} from predictions fed one row at a time, so that a server
 * can stream predictions without holding the probability matrix. It keeps running sums, per-bin
 * and per-class counts, and (for the sort-based equal-mass ECE and RMS calibration error) each
 * example's top-label confidence and correctness: about 9 bytes per example.
 *
 * <p>Each row is validated before it changes any state (see {@link Predictions} for the rules), so
 * a rejected row leaves the accumulator as it was. Either every row has a soft target or none has:
 * the first row decides. Not thread-safe.
 */
public final class CalibrationAccumulator {

    private static final int CANCEL_CHECK_ROWS = 1 << 16;
    private static final double LOG_FLOOR = Math.log(Divergences.PROBABILITY_FLOOR);

    private final int k;
    private final int bins;
    private final int rmsBinSize;
    private final double[] edges; // edges[b] = b / B, the exact doubles EqualWidthBins compares against
    private final double[] logP; // scratch: ln p_c of the current row

    private int n;
    private long correct;
    private long top2;
    private final long[] classCount;
    private final long[] classCorrect;
    private double sumNll;
    private double sumBrier;
    private double sumEntropy;

    private final long[] binCount;
    private final double[] binConfidence;
    private final long[] binCorrect;

    private final long[] classwiseCount; // [class * B + bin]
    private final double[] classwiseProbability;
    private final long[] classwiseHits;

    private double[] confidence = new double[1024];
    private boolean[] hit = new boolean[1024];

    private Boolean withTargets; // null until the first row
    private double sumCrossEntropy;
    private double sumKl;
    private double sumJs;
    private double sumL1;
    private double sumTargetEntropy;
    private double meanModelEntropy; // Welford co-moments for the entropy correlation
    private double meanHumanEntropy;
    private double m2Model;
    private double m2Human;
    private double coMoment;

    /** An accumulator with {@link Metrics#DEFAULT_BINS} bins and RMS bins of {@link EqualMassBins#DEFAULT_RMS_BIN_SIZE}. */
    public CalibrationAccumulator(int classes) {
        this(classes, Metrics.DEFAULT_BINS, EqualMassBins.DEFAULT_RMS_BIN_SIZE);
    }

    /** An accumulator with {@code bins} bins and RMS bins of {@link EqualMassBins#DEFAULT_RMS_BIN_SIZE}. */
    public CalibrationAccumulator(int classes, int bins) {
        this(classes, bins, EqualMassBins.DEFAULT_RMS_BIN_SIZE);
    }

    /**
     * @param classes number of classes {@code k >= 2}
     * @param bins number of equal-width and equal-mass bins {@code B >= 1}
     * @param rmsBinSize examples per bin {@code beta >= 1} of the RMS calibration error
     */
    public CalibrationAccumulator(int classes, int bins, int rmsBinSize) {
        Validation.classes(classes);
        Validation.bins(bins);
        if (rmsBinSize < 1) {
            throw new IllegalArgumentException("the RMS bin size must be >= 1, got " + rmsBinSize);
        }
        this.k = classes;
        this.bins = bins;
        this.rmsBinSize = rmsBinSize;
        this.edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = EqualWidthBins.lower(b, bins);
        }
        logP = new double[k];
        classCount = new long[k];
        classCorrect = new long[k];
        binCount = new long[bins];
        binConfidence = new double[bins];
        binCorrect = new long[bins];
        classwiseCount = new long[k * bins];
        classwiseProbability = new double[k * bins];
        classwiseHits = new long[k * bins];
    }

    /** Adds one prediction without a soft target. */
    public void add(double[] probabilities, int label) {
        checkLength("probabilities", probabilities);
        add(probabilities, 0, label, null, 0);
    }

    /** Adds one prediction with its human soft target. */
    public void add(double[] probabilities, int label, double[] target) {
        checkLength("probabilities", probabilities);
        checkLength("targets", target);
        add(probabilities, 0, label, target, 0);
    }

    /**
     * Adds the row {@code probabilities[offset..offset+k)} (e.g. from a flat row-major matrix),
     * with its target row {@code targets[targetOffset..]} or {@code targets == null}.
     *
     * @throws IllegalArgumentException when the row is invalid; the accumulator is then unchanged
     * @throws IllegalStateException when this row has a target and earlier rows did not, or vice versa
     */
    public void add(double[] probabilities, int offset, int label, double[] targets, int targetOffset) {
        Validation.probabilityRow("probabilities", probabilities, offset, k, n);
        Validation.label(label, k, n);
        if (targets != null) {
            Validation.probabilityRow("targets", targets, targetOffset, k, n);
        }
        addValidated(probabilities, offset, label, targets, targetOffset);
    }

    /**
     * Adds all rows of {@code predictions} (already validated).
     *
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} is cancelled
     */
    public void addAll(Predictions predictions, ProgressMonitor monitor) {
        if (predictions.classes() != k) {
            throw new IllegalArgumentException("predictions have " + predictions.classes()
                    + " classes; this accumulator was made for " + k);
        }
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        int rows = predictions.rows();
        pm.begin("Computing metrics", rows);
        double[] p = predictions.flatProbabilities();
        int[] labels = predictions.labelArray();
        double[] t = predictions.flatTargets();
        for (int i = 0; i < rows; i++) {
            if (i % CANCEL_CHECK_ROWS == 0) {
                pm.checkCancelled();
                if (i > 0) {
                    pm.worked(CANCEL_CHECK_ROWS);
                }
            }
            addValidated(p, i * k, labels[i], t, i * k);
        }
        pm.worked(rows == 0 ? 0 : (rows - 1) % CANCEL_CHECK_ROWS + 1);
        pm.done();
    }

    /** Number of rows added so far. */
    public int count() {
        return n;
    }

    private void checkLength(String what, double[] row) {
        if (row.length != k) {
            throw new IllegalArgumentException(what + " row " + n + " has " + row.length + " values; expected " + k
                    + " (one per class)");
        }
    }

    private void addValidated(double[] p, int off, int label, double[] t, int toff) {
        boolean hasTarget = t != null;
        if (withTargets == null) {
            withTargets = hasTarget;
        } else if (withTargets != hasTarget) {
            throw new IllegalStateException("row " + n + (hasTarget ? " has a soft target but earlier rows had none"
                    : " has no soft target but earlier rows had one") + "; give targets for all rows or none");
        }
        if (n == Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many rows for one accumulator (" + n + ")");
        }
        int top = TopLabel.argmax(p, off, k);
        double conf = p[off + top];
        boolean isCorrect = top == label;
        if (n == confidence.length) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8L, 2L * n);
            confidence = Arrays.copyOf(confidence, cap);
            hit = Arrays.copyOf(hit, cap);
        }
        confidence[n] = conf;
        hit[n] = isCorrect;

        classCount[label]++;
        if (isCorrect) {
            correct++;
            classCorrect[label]++;
            top2++;
        } else if (TopLabel.rank(p, off, k, label) < 2) {
            top2++;
        }
        // one logarithm per class, shared by entropy, NLL and the soft-target measures
        double h = 0;
        for (int c = 0; c < k; c++) {
            double pc = p[off + c];
            double lp = pc > 0 ? Math.log(pc) : Double.NEGATIVE_INFINITY;
            logP[c] = lp;
            if (pc > 0) {
                h -= pc * lp;
            }
        }
        // Math.log is semi-monotonic, so max(ln p, ln floor) = ln max(p, floor) exactly
        sumNll -= Math.max(logP[label], LOG_FLOOR);
        sumBrier += Divergences.brier(p, off, k, label);
        sumEntropy += h;

        int b = bin(conf);
        binCount[b]++;
        binConfidence[b] += conf;
        if (isCorrect) {
            binCorrect[b]++;
        }
        for (int c = 0; c < k; c++) {
            double pc = p[off + c];
            int cell = c * bins + bin(pc);
            classwiseCount[cell]++;
            classwiseProbability[cell] += pc;
            if (c == label) {
                classwiseHits[cell]++;
            }
        }
        n++;

        if (hasTarget) {
            addTarget(p, off, t, toff, h);
        }
    }

    /** The soft-target measures of one row, fused (see {@link Divergences} for the formulas). */
    private void addTarget(double[] p, int off, double[] t, int toff, double modelEntropy) {
        double ce = 0;
        double kl = 0;
        double js = 0;
        double l1 = 0;
        double ht = 0;
        for (int c = 0; c < k; c++) {
            double tc = t[toff + c];
            double pc = p[off + c];
            double lt = 0;
            if (tc > 0) {
                lt = Math.log(tc);
                double lpFloored = Math.max(logP[c], LOG_FLOOR);
                ce -= tc * lpFloored;
                kl += tc * (lt - lpFloored);
                ht -= tc * lt;
            }
            if (tc > 0 || pc > 0) {
                double lm = Math.log(0.5 * (tc + pc));
                if (tc > 0) {
                    js += tc * (lt - lm);
                }
                if (pc > 0) {
                    js += pc * (logP[c] - lm);
                }
            }
            l1 += Math.abs(pc - tc);
        }
        sumCrossEntropy += ce;
        sumKl += kl;
        sumJs += 0.5 * js;
        sumL1 += l1;
        sumTargetEntropy += ht;
        // Welford's update of means and co-moments: stable for millions of rows
        double dx = modelEntropy - meanModelEntropy;
        meanModelEntropy += dx / n;
        double dy = ht - meanHumanEntropy;
        meanHumanEntropy += dy / n;
        m2Model += dx * (modelEntropy - meanModelEntropy);
        m2Human += dy * (ht - meanHumanEntropy);
        coMoment += dx * (ht - meanHumanEntropy);
    }

    /** {@link EqualWidthBins#index} against the precomputed edges (saves two divisions per call). */
    private int bin(double v) {
        int b = (int) Math.ceil(v * bins) - 1;
        if (b < 0) {
            return 0;
        }
        if (b >= bins) {
            return bins - 1;
        }
        if (b > 0 && v <= edges[b]) {
            b--;
        } else if (b < bins - 1 && v > edges[b + 1]) {
            b++;
        }
        return b;
    }

    /**
     * The metrics of all rows added so far. The accumulator can go on taking rows afterwards.
     *
     * @throws IllegalStateException when no row was added
     */
    public MetricReport report() {
        if (n == 0) {
            throw new IllegalStateException("no predictions were added; metrics need at least one example");
        }
        double total = n;
        List<ReliabilityBin> reliability = new ArrayList<>(bins);
        double ece = 0;
        double mce = 0;
        for (int b = 0; b < bins; b++) {
            long cnt = binCount[b];
            double meanConf = cnt == 0 ? Double.NaN : binConfidence[b] / cnt;
            double acc = cnt == 0 ? Double.NaN : (double) binCorrect[b] / cnt;
            reliability.add(new ReliabilityBin(edges[b], edges[b + 1], cnt, meanConf, acc));
            if (cnt > 0) {
                double gap = Math.abs(acc - meanConf);
                ece += cnt / total * gap;
                mce = Math.max(mce, gap);
            }
        }
        double classwise = 0;
        for (int c = 0; c < k; c++) {
            double eceC = 0;
            for (int b = 0; b < bins; b++) {
                int cell = c * bins + b;
                long cnt = classwiseCount[cell];
                if (cnt > 0) {
                    double gap = Math.abs((double) classwiseHits[cell] / cnt - classwiseProbability[cell] / cnt);
                    eceC += cnt / total * gap;
                }
            }
            classwise += eceC;
        }
        classwise /= k;

        int worst = -1;
        double worstAcc = Double.NaN;
        for (int c = 0; c < k; c++) {
            if (classCount[c] > 0) {
                double acc = (double) classCorrect[c] / classCount[c];
                if (worst < 0 || acc < worstAcc) {
                    worst = c;
                    worstAcc = acc;
                }
            }
        }

        int[] order = StableSort.sortedIndices(confidence, n);
        double eceEqualMass = EqualMassBins.binnedSorted(confidence, hit, order,
                EqualMassBins.equalMassSizes(n, bins), false);
        double debiasedSquared = DebiasedCalibrationError.squaredSorted(confidence, hit, order,
                EqualMassBins.equalMassSizes(n, bins));
        double rms = EqualMassBins.binnedSorted(confidence, hit, order, EqualMassBins.rmsSizes(n, rmsBinSize), true);

        SoftTargetMetrics soft = null;
        if (Boolean.TRUE.equals(withTargets)) {
            double r = Double.NaN;
            if (m2Model > 0 && m2Human > 0) {
                // clamp: rounding can push a perfect correlation a few ulps past 1
                r = Math.max(-1, Math.min(1, coMoment / Math.sqrt(m2Model * m2Human)));
            }
            soft = new SoftTargetMetrics(sumCrossEntropy / total, sumKl / total, sumJs / total, sumL1 / total,
                    sumTargetEntropy / total, r);
        }
        return new MetricReport(n, k, bins, correct / total, top2 / total, worstAcc, worst, sumNll / total,
                sumBrier / total, sumEntropy / total, ece, mce, eceEqualMass, debiasedSquared,
                DebiasedCalibrationError.fromSquared(debiasedSquared), classwise, rms, rmsBinSize,
                reliability, soft);
    }
}
