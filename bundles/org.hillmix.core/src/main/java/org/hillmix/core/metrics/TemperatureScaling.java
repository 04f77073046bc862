package org.hillmix.core.metrics;

import java.util.Objects;

import org.hillmix.core.progress.ProgressMonitor;

/**
 * Temperature scaling (Guo et al., "On Calibration of Modern Neural Networks", ICML 2017): one
 * scalar {@code T > 0} fitted on validation logits {@code z} by minimising the mean negative
 * log-likelihood {@code NLL(T) = (1/n) sum_i [lse(z_i/T) - z_{i,y_i}/T]}, then applied as
 * {@code softmax(z/T)}. Scaling never changes the predicted class.
 *
 * <p>Optimisation: with {@code beta = 1/T}, {@code NLL} is convex in {@code beta} (a log-partition
 * function plus a linear term), so its derivative {@code NLL'(beta) = mean_i (E_p[z_i] - z_{i,y})}
 * is increasing, with {@code NLL''(beta) = mean_i Var_p[z_i] >= 0}. HILLmix restricts
 * {@code T} to {@code [0.05, 20]}: if {@code NLL'} is already {@code >= 0} at {@code T = 20} the
 * fit is 20, if it is still {@code <= 0} at {@code T = 0.05} the fit is 0.05 ({@code atBound});
 * otherwise it solves {@code NLL'(beta) = 0} by Newton's method from {@code T = 1}, safeguarded
 * with bisection (at the geometric midpoint, i.e. in {@code ln T}) of a bracket that shrinks every
 * step, to a relative precision of about 1e-15. This is a 1-D optimisation that always converges;
 * about 5-10 derivative evaluations suffice. Each row's loss is computed as
 * {@code (m - z_y/T) + log1p(sum_{c != argmax} exp(z_c/T - m))}, {@code m = max_c z_c/T}, so that
 * the tiny losses of confident right predictions still count. The fit uses the exact log-softmax
 * (no probability floor); reported NLLs in {@link MetricReport} floor probabilities at 1e-12.
 */
public final class TemperatureScaling {

    /** Smallest temperature searched. */
    public static final double MIN_TEMPERATURE = 0.05;
    /** Largest temperature searched. */
    public static final double MAX_TEMPERATURE = 20;

    private static final int MAX_STEPS = 200;

    private TemperatureScaling() {
    }

    /**
     * Fits {@code T} on {@code logits[n][k]}.
     *
     * @throws IllegalArgumentException when logits are not finite, rows differ in length, labels are
     *         out of range or there are no rows
     */
    public static FittedTemperature fit(double[][] logits, int[] labels, ProgressMonitor monitor) {
        Objects.requireNonNull(logits, "logits");
        Validation.sameRows("logits", logits.length, "labels", Objects.requireNonNull(labels, "labels").length);
        if (logits.length == 0) {
            throw new IllegalArgumentException("no validation logits: temperature scaling needs at least one example");
        }
        int k = Validation.rectangular("logits", logits, logits[0] == null ? 0 : logits[0].length);
        return fit(Predictions.flatten(logits, k), k, labels, monitor);
    }

    /**
     * Fits {@code T} on flat row-major {@code logits} ({@code n * classes} values).
     *
     * @throws IllegalArgumentException when logits are not finite, shapes disagree, labels are out of
     *         range or there are no rows
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} is cancelled
     */
    public static FittedTemperature fit(double[] logits, int classes, int[] labels, ProgressMonitor monitor) {
        checkLogits(logits, classes, labels);
        if (labels.length == 0) {
            throw new IllegalArgumentException("no validation logits: temperature scaling needs at least one example");
        }
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Fitting temperature", MAX_STEPS + 2);
        double betaMin = 1 / MAX_TEMPERATURE;
        double betaMax = 1 / MIN_TEMPERATURE;
        double[] d = derivatives(logits, classes, labels, betaMin);
        pm.worked(1);
        double beta;
        if (d[0] >= 0) {
            beta = betaMin; // NLL increases from the smallest beta on: optimum at T >= 20
        } else {
            d = derivatives(logits, classes, labels, betaMax);
            pm.worked(1);
            if (d[0] <= 0) {
                beta = betaMax; // NLL still decreasing at the largest beta: optimum at T <= 0.05
            } else {
                beta = solveDerivative(logits, classes, labels, betaMin, betaMax, pm);
            }
        }
        double t = 1 / beta;
        boolean atBound = beta == betaMin || beta == betaMax;
        double f = nll(logits, classes, labels, t);
        double before = nll(logits, classes, labels, 1);
        pm.done();
        return new FittedTemperature(t, before, f, atBound);
    }

    /**
     * Solves {@code NLL'(beta) = 0} in {@code (lo, hi)}, where {@code NLL'(lo) < 0 < NLL'(hi)}, by
     * Newton's method safeguarded with bisection (geometric midpoint, as beta spans 400x): the
     * bracket shrinks every step, and a Newton step that leaves it or shrinks {@code |NLL'|} by
     * less than half is replaced by bisection.
     */
    private static double solveDerivative(double[] z, int k, int[] labels, double lo, double hi, ProgressMonitor pm) {
        double beta = 1; // T = 1, where trained networks usually start
        double previousGradient = Double.POSITIVE_INFINITY;
        for (int step = 0; step < MAX_STEPS; step++) {
            pm.checkCancelled();
            pm.worked(1);
            double[] d = derivatives(z, k, labels, beta);
            double g = d[0];
            if (g == 0) {
                return beta;
            }
            if (g < 0) {
                lo = beta;
            } else {
                hi = beta;
            }
            double next = d[1] > 0 ? beta - g / d[1] : Double.NaN;
            boolean newtonOk = next > lo && next < hi && Math.abs(g) <= 0.5 * previousGradient;
            if (!newtonOk) {
                next = Math.sqrt(lo * hi);
            }
            previousGradient = Math.abs(g);
            if (Math.abs(next - beta) <= 1e-15 * beta || hi - lo <= 1e-15 * hi) {
                return next;
            }
            beta = next;
        }
        return beta;
    }

    /**
     * Mean NLL of flat logits at temperature {@code T}: {@code (1/n) sum_i [lse(z_i/T) - z_{i,y}/T]},
     * exact (no floor). Inputs are not validated here.
     */
    public static double nll(double[] logits, int classes, int[] labels, double temperature) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            int off = i * classes;
            sum += Softmax.negativeLogLikelihood(logits, off, classes, labels[i], temperature);
        }
        return sum / labels.length;
    }

    /** {@code NLL'(beta)} and {@code NLL''(beta)}. */
    private static double[] derivatives(double[] z, int k, int[] labels, double beta) {
        double[] p = new double[k];
        double d1 = 0;
        double d2 = 0;
        for (int i = 0; i < labels.length; i++) {
            int off = i * k;
            Softmax.probabilities(z, off, k, 1 / beta, p, 0);
            double mean = 0;
            for (int c = 0; c < k; c++) {
                mean += p[c] * z[off + c];
            }
            double var = 0;
            for (int c = 0; c < k; c++) {
                double dz = z[off + c] - mean;
                var += p[c] * dz * dz;
            }
            d1 += mean - z[off + labels[i]];
            d2 += var;
        }
        return new double[] {d1 / labels.length, d2 / labels.length};
    }

    /**
     * Fits {@code T} on the validation logits, then computes the full metric set of the test logits
     * at {@code T = 1} and at the fitted {@code T}.
     *
     * @param testTargets human soft targets of the test examples, or {@code null}
     * @throws IllegalArgumentException when an input is invalid
     */
    public static TemperatureScalingResult evaluate(double[][] validationLogits, int[] validationLabels,
            double[][] testLogits, int[] testLabels, double[][] testTargets, int bins, ProgressMonitor monitor) {
        Objects.requireNonNull(testLogits, "testLogits");
        FittedTemperature fit = fit(validationLogits, validationLabels, monitor);
        if (testLogits.length == 0) {
            throw new IllegalArgumentException("no test logits: metrics need at least one example");
        }
        int k = Validation.rectangular("test logits", testLogits, testLogits[0] == null ? 0 : testLogits[0].length);
        if (k != validationLogits[0].length) {
            throw new IllegalArgumentException("test logits have " + k + " classes but validation logits have "
                    + validationLogits[0].length);
        }
        double[] flat = Predictions.flatten(testLogits, k);
        checkLogits(flat, k, testLabels);
        double[] targets = null;
        if (testTargets != null) {
            Validation.sameRows("test targets", testTargets.length, "test labels", testLabels.length);
            targets = Predictions.flatten(testTargets, Validation.rectangular("test targets", testTargets, k));
        }
        MetricReport before = Metrics.compute(Predictions.ofFlat(Softmax.probabilities(flat, k, 1), k, testLabels,
                targets), bins, monitor);
        MetricReport after = Metrics.compute(Predictions.ofFlat(Softmax.probabilities(flat, k, fit.temperature()), k,
                testLabels, targets), bins, monitor);
        return new TemperatureScalingResult(fit, before, after);
    }

    private static void checkLogits(double[] logits, int classes, int[] labels) {
        Objects.requireNonNull(logits, "logits");
        Objects.requireNonNull(labels, "labels");
        Validation.classes(classes);
        Validation.flatShape("logits", logits, labels.length, classes);
        for (int i = 0; i < labels.length; i++) {
            Validation.finiteRow("logits", logits, i * classes, classes, i);
            Validation.label(labels[i], classes, i);
        }
    }
}
