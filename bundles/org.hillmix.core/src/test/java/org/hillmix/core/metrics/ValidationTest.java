package org.hillmix.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bad inputs are rejected with messages that name the array, row and value. */
class ValidationTest {

    static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void nanProbability() {
        String m = message(() -> Metrics.compute(new double[][] {{.5, .5}, {.5, Double.NaN}}, new int[] {0, 1}, null,
                15));
        assertTrue(m.contains("probabilities row 1, class 1 is NaN"), m);
    }

    @Test
    void negativeAndInfiniteProbabilities() {
        String m = message(() -> Metrics.compute(new double[][] {{1.5, -.5}}, new int[] {0}, null, 15));
        assertTrue(m.contains("row 0, class 1 is -0.5"), m);
        String inf = message(() -> Metrics.compute(new double[] {Double.POSITIVE_INFINITY, 0}, 2, new int[] {0}, null,
                15));
        assertTrue(inf.contains("Infinity"), inf);
    }

    @Test
    void rowSum() {
        String m = message(() -> Metrics.compute(new double[][] {{.5, .5}, {.5, .49}}, new int[] {0, 1}, null, 15));
        assertTrue(m.contains("probabilities row 1 sums to 0.99"), m);
        assertTrue(m.contains("1.0E-6"), m);
        // within the tolerance is accepted as given
        MetricReport r = Metrics.compute(new double[][] {{.5, .5 + 5e-7}}, new int[] {1}, null, 15);
        assertEquals(1.0, r.accuracy(), 0);
    }

    @Test
    void labelOutOfRange() {
        String m = message(() -> Metrics.compute(new double[][] {{.5, .5}, {.2, .8}}, new int[] {0, 2}, null, 15));
        assertTrue(m.contains("label of row 1 is 2"), m);
        assertTrue(m.contains("0..1"), m);
        assertTrue(message(() -> Metrics.compute(new double[][] {{.5, .5}}, new int[] {-1}, null, 15))
                .contains("label of row 0 is -1"));
    }

    @Test
    void shapes() {
        assertTrue(message(() -> Metrics.compute(new double[][] {{.5, .5}, {.2, .3, .5}}, new int[] {0, 1}, null, 15))
                .contains("probabilities row 1 has 3 values; expected 2"));
        assertTrue(message(() -> Metrics.compute(new double[][] {{.5, .5}}, new int[] {0, 1}, null, 15))
                .contains("probabilities has 1 rows but labels has 2"));
        assertTrue(message(() -> Metrics.compute(new double[] {.5, .5, 1}, 2, new int[] {0}, null, 15))
                .contains("not a multiple of 2"));
        assertTrue(message(() -> Metrics.compute(new double[] {.5, .5, 1, 0}, 2, new int[] {0}, null, 15))
                .contains("probabilities has 2 rows but labels has 1"));
        assertTrue(message(() -> Metrics.compute(new double[][] {{.5, .5}}, new int[] {0}, new double[][] {{1, 0},
            {1, 0}}, 15)).contains("targets has 2 rows but labels has 1"));
        assertTrue(message(() -> Metrics.compute(new double[][] {{.5, .5}}, new int[] {0}, new double[][] {{1, 0, 0}},
                15)).contains("targets row 0 has 3 values; expected 2"));
        assertTrue(message(() -> Metrics.compute(new double[] {.5, .5}, 2, new int[] {0}, new double[] {1}, 15))
                .contains("targets has 1 values; expected 1 rows x 2 classes"));
        assertTrue(message(() -> Metrics.compute(new double[][] {{1}}, new int[] {0}, null, 15))
                .contains("at least 2 classes"));
        assertTrue(message(() -> Metrics.compute(new double[0], 3, new int[0], null, 15))
                .contains("at least one example"));
        assertTrue(message(() -> Metrics.compute(new double[][] {{.5, .5}}, new int[] {0}, null, 0))
                .contains("bins must be between 1 and 10000, got 0"));
        assertTrue(message(() -> Metrics.compute(new double[][] {{.5, .5}}, new int[] {0}, null, 1_000_000_000))
                .contains("bins must be between 1 and 10000, got 1000000000"));
    }

    @Test
    void invalidTargets() {
        String m = message(() -> Metrics.compute(new double[][] {{.5, .5}, {.5, .5}}, new int[] {0, 1},
                new double[][] {{1, 0}, {.7, .7}}, 15));
        assertTrue(m.contains("targets row 1 sums to 1.4"), m);
        assertTrue(message(() -> Metrics.compute(new double[][] {{.5, .5}}, new int[] {0},
                new double[][] {{Double.NaN, 1}}, 15)).contains("targets row 0, class 0 is NaN"));
    }

    @Test
    void rejectedRowLeavesTheAccumulatorUnchanged() {
        CalibrationAccumulator acc = new CalibrationAccumulator(2, 5);
        acc.add(new double[] {.9, .1}, 0);
        assertTrue(message(() -> acc.add(new double[] {.9, .2}, 0)).contains("probabilities row 1 sums to 1.1"));
        assertTrue(message(() -> acc.add(new double[] {.9, .1}, 3)).contains("label of row 1 is 3"));
        assertTrue(message(() -> acc.add(new double[] {.9, .1, 0}, 0)).contains("row 1 has 3 values"));
        assertEquals(1, acc.count());
        acc.add(new double[] {.4, .6}, 0);
        MetricReport r = acc.report();
        assertEquals(2, r.n());
        assertEquals(0.5, r.accuracy(), 0);
    }

    @Test
    void targetsForAllRowsOrNone() {
        CalibrationAccumulator acc = new CalibrationAccumulator(2);
        acc.add(new double[] {.9, .1}, 0);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> acc.add(new double[] {.9, .1}, 0, new double[] {1, 0}));
        assertTrue(e.getMessage().contains("row 1 has a soft target but earlier rows had none"), e.getMessage());
    }

    @Test
    void emptyAccumulatorHasNoReport() {
        assertThrows(IllegalStateException.class, () -> new CalibrationAccumulator(3).report());
    }

    @Test
    void renormaliseRowsWithinTheirDeviation() {
        // (.5, .5000005) sums to 1.0000005 -> each divided by it; (.2, .6) sums to .8: beyond 1e-3
        double[] ok = {.5, .5 + 5e-7, .25, .75};
        Predictions.renormaliseRows("probabilities", ok, 2, 1e-3);
        assertEquals(.5 / 1.0000005, ok[0], 1e-15);
        assertEquals(1.0, ok[0] + ok[1], 1e-15);
        assertEquals(.25, ok[2], 0);
        String m = message(() -> Predictions.renormaliseRows("probabilities", new double[] {.5, .5, .2, .6}, 2, 1e-3));
        assertTrue(m.contains("probabilities row 1 sums to 0.8"), m);
    }
}
