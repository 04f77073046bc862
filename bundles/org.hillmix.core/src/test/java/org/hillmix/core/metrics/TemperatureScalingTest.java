package org.hillmix.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hillmix.core.progress.OperationCancelledException;
import org.hillmix.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * Temperature scaling against closed-form optima. With two classes, every logit row {@code (d, 0)}
 * and a fraction {@code a} of labels 0, {@code NLL(T) = -(a ln s + (1-a) ln(1-s))} with
 * {@code s = sigmoid(d/T)}; it is smallest where {@code s = a}, i.e. {@code T = d / logit(a)}.
 */
class TemperatureScalingTest {

    static double[][] rows(int n, double d) {
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = new double[] {d, 0};
        }
        return z;
    }

    @Test
    void overconfidentModelGetsTGreaterThanOne() {
        // d = 2, a = 3/4: logit(.75) = ln 3, T = 2 / ln 3 = 1.820478
        double[][] z = rows(4, 2);
        int[] y = {0, 0, 0, 1};
        FittedTemperature fit = TemperatureScaling.fit(z, y, ProgressMonitor.NULL);
        assertEquals(2 / Math.log(3), fit.temperature(), 1e-9);
        assertEquals(1.820478, fit.temperature(), 1e-6);
        assertFalse(fit.atBound());
        // after: -(.75 ln .75 + .25 ln .25) = .562335
        assertEquals(-(.75 * Math.log(.75) + .25 * Math.log(.25)), fit.nllAfter(), 1e-12);
        // before (T = 1): s = sigmoid(2) = .880797: .75 * .126928 + .25 * 2.126928 = .626928
        double s = 1 / (1 + Math.exp(-2));
        assertEquals(-(.75 * Math.log(s) + .25 * Math.log(1 - s)), fit.nllBefore(), 1e-12);
        assertEquals(0.626928, fit.nllBefore(), 1e-6);
    }

    @Test
    void underconfidentModelGetsTBelowOne() {
        // d = .5, a = 19/20: logit(.95) = ln 19, T = .5 / ln 19 = .169812
        double[][] z = rows(20, .5);
        int[] y = new int[20];
        y[7] = 1;
        FittedTemperature fit = TemperatureScaling.fit(z, y, ProgressMonitor.NULL);
        assertEquals(0.5 / Math.log(19), fit.temperature(), 1e-9);
    }

    @Test
    void optimaFarFromOne() {
        // d = 2, a = 11/20: logit(.55) = ln(11/9), T = 2 / ln(11/9) = 9.966556
        double[][] z = rows(20, 2);
        int[] y = new int[20];
        for (int i = 0; i < 9; i++) {
            y[i] = 1;
        }
        assertEquals(2 / Math.log(11.0 / 9), TemperatureScaling.fit(z, y, ProgressMonitor.NULL).temperature(), 1e-8);
        // d = .5, 1 wrong in 4,166: logit(4165/4166) = ln 4165, T = .5 / ln 4165 = .059992, just above the bound
        double[][] z2 = rows(4166, .5);
        int[] y2 = new int[4166];
        y2[100] = 1;
        FittedTemperature fit = TemperatureScaling.fit(z2, y2, ProgressMonitor.NULL);
        assertEquals(0.5 / Math.log(4165), fit.temperature(), 1e-10);
        assertFalse(fit.atBound());
        // a = 26/50: logit(.52) = ln(26/24), T = 2 / .080043 = 24.99 > 20: stops at the upper bound
        double[][] z3 = rows(50, 2);
        int[] y3 = new int[50];
        for (int i = 0; i < 24; i++) {
            y3[i] = 1;
        }
        FittedTemperature capped = TemperatureScaling.fit(z3, y3, ProgressMonitor.NULL);
        assertEquals(TemperatureScaling.MAX_TEMPERATURE, capped.temperature(), 0);
        assertTrue(capped.atBound());
    }

    @Test
    void multiClassFitIsAMinimum() {
        // no closed form with 5 classes and varied logits: check that T beats its neighbours
        java.util.Random rnd = new java.util.Random(3);
        int n = 500;
        int k = 5;
        double[] z = new double[n * k];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = rnd.nextInt(k);
            for (int c = 0; c < k; c++) {
                z[i * k + c] = 3 * rnd.nextGaussian() + (c == y[i] ? 2 : 0);
            }
        }
        FittedTemperature fit = TemperatureScaling.fit(z, k, y, ProgressMonitor.NULL);
        double t = fit.temperature();
        assertTrue(t > 1, "over-confident logits need T > 1, got " + t);
        assertEquals(TemperatureScaling.nll(z, k, y, t), fit.nllAfter(), 0);
        for (double factor : new double[] {1e-3, 1e-2, 0.1}) {
            assertTrue(TemperatureScaling.nll(z, k, y, t * (1 + factor)) > fit.nllAfter());
            assertTrue(TemperatureScaling.nll(z, k, y, t * (1 - factor)) > fit.nllAfter());
        }
        assertTrue(fit.nllAfter() < fit.nllBefore());
    }

    @Test
    void temperatureIsInvariantToALogitShift() {
        // softmax is shift-invariant per row, and so is the fit
        double[][] z = {{2 + 100, 100}, {2 - 50, -50}, {2, 0}, {2.0e3, 2.0e3 - 2}};
        int[] y = {0, 0, 0, 1};
        assertEquals(2 / Math.log(3), TemperatureScaling.fit(z, y, ProgressMonitor.NULL).temperature(), 1e-9);
    }

    @Test
    void allCorrectWithMarginStopsAtTheLowerBound() {
        double[][] z = {{3, 0, 0}, {0, 3, 0}, {0, 0, 3}};
        FittedTemperature fit = TemperatureScaling.fit(z, new int[] {0, 1, 2}, ProgressMonitor.NULL);
        assertEquals(TemperatureScaling.MIN_TEMPERATURE, fit.temperature(), 1e-9);
        assertTrue(fit.atBound());
        assertTrue(fit.nllAfter() < fit.nllBefore());
    }

    @Test
    void allWrongStopsAtTheUpperBound() {
        double[][] z = {{3, 0}, {0, 3}};
        FittedTemperature fit = TemperatureScaling.fit(z, new int[] {1, 0}, ProgressMonitor.NULL);
        assertEquals(TemperatureScaling.MAX_TEMPERATURE, fit.temperature(), 1e-9);
        assertTrue(fit.atBound());
    }

    @Test
    void softmaxIsStableForLargeLogits() {
        // softmax(1000, 1001) = (1, e)/(1 + e) = (.268941, .731059)
        double[] p = Softmax.probabilities(new double[] {1000, 1001}, 2, 1);
        double e = Math.E;
        assertArrayEquals(new double[] {1 / (1 + e), e / (1 + e)}, p, 1e-15);
        // T = 2 on (0, 2 ln 3): (1, 3)/4
        double[][] q = Softmax.probabilities(new double[][] {{0, 2 * Math.log(3)}}, 2);
        assertArrayEquals(new double[] {.25, .75}, q[0], 1e-15);
        // one row: exp(0) : exp(ln 3) = 1 : 3, the same after a shift by 1000
        assertArrayEquals(new double[] {.25, .75}, Softmax.ofRow(new double[] {0, Math.log(3)}), 1e-15);
        assertArrayEquals(new double[] {.25, .75}, Softmax.ofRow(new double[] {1000, 1000 + Math.log(3)}), 1e-12);
        // lse(1000, 1000) = 1000 + ln 2
        assertEquals(1000 + Math.log(2), Softmax.logSumExp(new double[] {1000, 1000}, 0, 2, 1), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Softmax.probabilities(new double[] {0, 0}, 2, 0));
    }

    @Test
    void evaluateReportsBeforeAndAfter() {
        double[][] z = rows(4, 2);
        int[] y = {0, 0, 0, 1};
        TemperatureScalingResult r = TemperatureScaling.evaluate(z, y, z, y, null, 15, ProgressMonitor.NULL);
        // accuracy does not change with T; on the validation set itself NLL after = fitted NLL
        assertEquals(0.75, r.before().accuracy(), 0);
        assertEquals(0.75, r.after().accuracy(), 0);
        assertEquals(r.fit().nllBefore(), r.before().nll(), 1e-12);
        assertEquals(r.fit().nllAfter(), r.after().nll(), 1e-12);
        // every confidence becomes .75 = accuracy: ECE drops from |.75 - .880797| = .130797 to 0
        assertEquals(1 / (1 + Math.exp(-2)) - .75, r.before().ece(), 1e-12);
        assertEquals(0.0, r.after().ece(), 1e-9);
        assertFalse(r.after().hasSoftTargets());

        TemperatureScalingResult withTargets = TemperatureScaling.evaluate(z, y, z, y,
                new double[][] {{.75, .25}, {.75, .25}, {.75, .25}, {.75, .25}}, 15, ProgressMonitor.NULL);
        assertEquals(0.0, withTargets.after().softTargets().kl(), 1e-9);
    }

    @Test
    void invalidLogits() {
        String m = assertThrows(IllegalArgumentException.class, () -> TemperatureScaling.fit(
                new double[][] {{0, 1}, {Double.NaN, 0}}, new int[] {0, 1}, ProgressMonitor.NULL)).getMessage();
        assertTrue(m.contains("logits row 1, class 0 is NaN"), m);
        m = assertThrows(IllegalArgumentException.class, () -> TemperatureScaling.fit(
                new double[][] {{0, 1}}, new int[] {2}, ProgressMonitor.NULL)).getMessage();
        assertTrue(m.contains("label of row 0 is 2"), m);
        assertThrows(IllegalArgumentException.class, () -> TemperatureScaling.fit(new double[0][], new int[0],
                ProgressMonitor.NULL));
    }

    @Test
    void fitCanBeCancelled() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(OperationCancelledException.class, () -> TemperatureScaling.fit(rows(4, 2),
                new int[] {0, 0, 0, 1}, cancelled));
    }
}
