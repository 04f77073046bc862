package org.hillmix.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.hillmix.core.labels.AnnotatorLabel;
import org.hillmix.core.labels.SoftLabelScheme;
import org.junit.jupiter.api.Test;

class PairwiseDivergenceTest {

    private static AnnotatorLabel label(String annotator, String item, double... p) {
        return new AnnotatorLabel(item, annotator, p, SoftLabelScheme.CIFAR10S_PUBLISHED, null, null);
    }

    @Test
    void meanOverSharedItemsByHand() {
        List<AnnotatorLabel> labels = List.of(
                label("B", "i1", 0, 1),
                label("A", "i1", 1, 0),
                label("A", "i2", 0.5, 0.5),
                label("B", "i2", 1, 0),
                label("C", "i3", 1, 0),
                // D labelled i1 twice: its label of i1 is the mean (1/2, 1/2)
                label("D", "i1", 1, 0),
                label("D", "i1", 0, 1));
        List<AnnotatorPairDivergence> r = PairwiseDivergence.compute(labels, null);
        // pairs with shared items: A-B (i1, i2), A-D (i1), B-D (i1); C shares nothing
        assertEquals(3, r.size());
        AnnotatorPairDivergence ab = r.get(0);
        assertEquals("A", ab.first());
        assertEquals("B", ab.second());
        assertEquals(2, ab.sharedItems());
        // i1: JS((1,0),(0,1)) = ln 2; i2: JS((1/2,1/2),(1,0)) = 3/4 ln(4/3)
        assertEquals((Math.log(2) + 0.75 * Math.log(4.0 / 3.0)) / 2, ab.meanJensenShannon(), 1e-15);
        AnnotatorPairDivergence ad = r.get(1);
        assertEquals("D", ad.second());
        assertEquals(0.75 * Math.log(4.0 / 3.0), ad.meanJensenShannon(), 1e-15);
        assertEquals("B", r.get(2).first());
        assertEquals(0.75 * Math.log(4.0 / 3.0), r.get(2).meanJensenShannon(), 1e-15);
    }
}
