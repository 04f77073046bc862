package org.hillmix.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hillmix.core.metrics.Divergences;
import org.junit.jupiter.api.Test;

/** The nats-to-bits conversion the agreement view shows. */
class AnnotatorPairDivergenceTest {

    @Test
    void bitsAreNatsOverLn2() {
        // Disjoint labels: JS = ln 2 nats, exactly 1 bit, the largest value.
        double disjoint = Divergences.jensenShannon(new double[] {1, 0}, new double[] {0, 1});
        assertEquals(1.0, new AnnotatorPairDivergence("a", "b", 1, disjoint).meanJensenShannonBits(), 1e-15);
        // (1, 0) against (1/2, 1/2): M = (3/4, 1/4); JS = 1/2 [ln(4/3)] + 1/2 [1/2 ln(2/3) + 1/2 ln 2]
        //   = 0.215762... nats = 0.311278... bits (hand-computed, log2 form: 1/2 log2(4/3) + 1/4 log2(4/3)).
        double half = Divergences.jensenShannon(new double[] {1, 0}, new double[] {0.5, 0.5});
        double bits = 0.75 * (Math.log(4.0 / 3) / Math.log(2));
        assertEquals(bits, new AnnotatorPairDivergence("a", "b", 1, half).meanJensenShannonBits(), 1e-12);
        assertEquals(0.0, new AnnotatorPairDivergence("a", "b", 3, 0).meanJensenShannonBits());
    }
}
