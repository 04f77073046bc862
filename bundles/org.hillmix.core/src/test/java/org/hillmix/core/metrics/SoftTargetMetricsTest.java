package org.hillmix.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Agreement with human soft targets on three two-class rows worked out by hand (natural logs):
 *
 * <pre>
 * row  p          t          label
 *  0   .5  .5     1   0      0
 *  1   .8  .2     .5  .5     0
 *  2   .9  .1     .9  .1     0
 * </pre>
 */
class SoftTargetMetricsTest {

    static final double[][] P = {{.5, .5}, {.8, .2}, {.9, .1}};
    static final double[][] T = {{1, 0}, {.5, .5}, {.9, .1}};
    static final int[] Y = {0, 0, 0};

    static SoftTargetMetrics soft() {
        MetricReport r = Metrics.compute(P, Y, T, 15);
        assertTrue(r.hasSoftTargets());
        return r.softTargets();
    }

    @Test
    void crossEntropy() {
        // CE0 = -ln .5 = .693147; CE1 = -(.5 ln .8 + .5 ln .2) = .916291; CE2 = -(.9 ln .9 + .1 ln .1) = .325083
        double ce = (-Math.log(.5) - .5 * Math.log(.8) - .5 * Math.log(.2) - .9 * Math.log(.9) - .1 * Math.log(.1)) / 3;
        assertEquals(ce, soft().crossEntropy(), 1e-12);
        assertEquals(0.644840, soft().crossEntropy(), 1e-6);
    }

    @Test
    void klDivergence() {
        // KL0 = ln(1/.5) = ln 2; KL1 = .5 ln(.5/.8) + .5 ln(.5/.2) = .223144; KL2 = 0 (t = p)
        double kl = (Math.log(2) + .5 * Math.log(.5 / .8) + .5 * Math.log(.5 / .2)) / 3;
        assertEquals(kl, soft().kl(), 1e-12);
        assertEquals(0.305430, soft().kl(), 1e-6);
    }

    @Test
    void jensenShannon() {
        // row 0: m = (.75, .25): KL(t||m) = ln(1/.75); KL(p||m) = .5 ln(.5/.75) + .5 ln(.5/.25); JS0 = .215762
        double js0 = .5 * (Math.log(1 / .75) + .5 * Math.log(.5 / .75) + .5 * Math.log(.5 / .25));
        // row 1: m = (.65, .35): KL(t||m) = .5 ln(.5/.65) + .5 ln(.5/.35); KL(p||m) = .8 ln(.8/.65) + .2 ln(.2/.35)
        double js1 = .5 * (.5 * Math.log(.5 / .65) + .5 * Math.log(.5 / .35) + .8 * Math.log(.8 / .65)
                + .2 * Math.log(.2 / .35));
        assertEquals((js0 + js1) / 3, soft().jensenShannon(), 1e-12);
        assertEquals(0.088811, soft().jensenShannon(), 1e-6);
    }

    @Test
    void jensenShannonOfDisjointDistributionsIsLn2() {
        // p = (1, 0), t = (0, 1): m = (.5, .5), JS = .5 ln 2 + .5 ln 2 = ln 2, the maximum
        assertEquals(Math.log(2), Divergences.jensenShannon(new double[] {0, 1}, 0, new double[] {1, 0}, 0, 2), 1e-15);
    }

    @Test
    void l1AndTargetEntropy() {
        // |.5-1| + |.5-0| = 1; |.8-.5| + |.2-.5| = .6; 0 -> 1.6/3
        assertEquals(1.6 / 3, soft().l1(), 1e-12);
        // H(t): 0, ln 2, .325083
        assertEquals((Math.log(2) - .9 * Math.log(.9) - .1 * Math.log(.1)) / 3, soft().targetEntropy(), 1e-12);
    }

    @Test
    void entropyCorrelation() {
        // model entropies x = (ln 2, H(.8,.2), H(.9,.1)) = (.693147, .500402, .325083)
        // human entropies y = (0, ln 2, H(.9,.1))       = (0, .693147, .325083)
        // means .506211, .339410; dx = (.186936, -.005809, -.181128); dy = (-.339410, .353737, -.014327)
        // sum dx dy = -.062908; sum dx^2 = .067786; sum dy^2 = .240534; r = -.062908 / sqrt(.016305) = -.49266
        assertEquals(-0.49266, soft().entropyCorrelation(), 2e-5);
    }

    @Test
    void entropyCorrelationIsOneForAnExactLinearRelation() {
        // targets equal to the predictions: x = y, r = 1
        double[][] p = {{.5, .5}, {.8, .2}, {.9, .1}, {.6, .4}};
        MetricReport r = Metrics.compute(p, new int[] {0, 0, 0, 1}, p, 15);
        assertEquals(1.0, r.softTargets().entropyCorrelation(), 1e-12);
        assertEquals(0.0, r.softTargets().kl(), 1e-15);
        assertEquals(0.0, r.softTargets().jensenShannon(), 1e-15);
        assertEquals(r.entropy(), r.softTargets().targetEntropy(), 1e-15);
        // cross-entropy to itself is the entropy
        assertEquals(r.entropy(), r.softTargets().crossEntropy(), 1e-15);
    }

    @Test
    void entropyCorrelationIsNanWhenAVarianceIsZero() {
        // one-hot targets: every human entropy is 0, zero variance -> NaN (documented)
        double[][] oneHot = {{1, 0}, {1, 0}, {0, 1}};
        MetricReport r = Metrics.compute(P, Y, oneHot, 15);
        assertTrue(Double.isNaN(r.softTargets().entropyCorrelation()));
        // a single example: undefined as well
        MetricReport one = Metrics.compute(new double[][] {{.3, .7}}, new int[] {1}, new double[][] {{.5, .5}}, 15);
        assertTrue(Double.isNaN(one.softTargets().entropyCorrelation()));
    }

    @Test
    void crossEntropyFloorsZeroProbabilities() {
        // p = (1, 0), t = (0, 1): -1 * ln(1e-12) = 27.631021; KL is the same since H(t) = 0
        double[] p = {1, 0};
        double[] t = {0, 1};
        assertEquals(-Math.log(1e-12), Divergences.crossEntropy(t, 0, p, 0, 2), 1e-12);
        assertEquals(27.631021, Divergences.kl(t, 0, p, 0, 2), 1e-6);
        assertEquals(2.0, Divergences.l1(t, 0, p, 0, 2), 0);
    }
}
