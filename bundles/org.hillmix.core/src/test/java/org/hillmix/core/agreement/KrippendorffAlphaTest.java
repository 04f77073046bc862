package org.hillmix.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: nominal data,
     * four observers, twelve units, missing values (null). Published result: alpha = 0.743.
     * By hand: n_1..n_5 = 9, 13, 10, 5, 3, n = 40; off-diagonal coincidences 2 (unit 2) + 4 (unit 6)
     * + 2 (unit 8) = 8; sum_{c != k} n_c n_k = 40^2 - (81 + 169 + 100 + 25 + 9) = 1216;
     * alpha = 1 - 39 * 8 / 1216 = 113/152.
     */
    @Test
    void reproducesThePublishedNominalExample() {
        Integer[] a = {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null};
        Integer[] b = {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3};
        Integer[] c = {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null};
        Integer[] d = {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null};
        List<List<Integer>> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            final int unit = u;
            units.add(Arrays.stream(new Integer[][] {a, b, c, d}).map(coder -> coder[unit]).filter(Objects::nonNull)
                    .toList());
        }
        KrippendorffAlpha.Result r = KrippendorffAlpha.nominal(units);
        assertEquals(0.743, r.alpha(), 5e-4);
        assertEquals(113.0 / 152.0, r.alpha(), 1e-12);
        assertEquals(40, r.pairableValues());
        assertEquals(11, r.pairableUnits()); // unit 12 has a single value
        assertEquals(8.0 / 40, r.observedDisagreement(), 1e-12);
        assertEquals(1216.0 / (40 * 39), r.expectedDisagreement(), 1e-12);
    }

    /**
     * Two coders, three units: (a, a), (a, b), (b, b). Coincidences o_aa = 2, o_ab = o_ba = 1,
     * o_bb = 2; n_a = n_b = 3, n = 6; alpha = 1 - 5 * 2 / (3 * 3 + 3 * 3) = 4/9.
     */
    @Test
    void handComputedTwoCoderExample() {
        KrippendorffAlpha.Result r = KrippendorffAlpha.nominal(List.of(List.of("a", "a"), List.of("a", "b"),
                List.of("b", "b")));
        assertEquals(4.0 / 9.0, r.alpha(), 1e-12);
        assertEquals(6, r.pairableValues());
    }

    @Test
    void perfectAgreementIsOneAndNoVariationIsUndefined() {
        assertEquals(1.0, KrippendorffAlpha.nominal(List.of(List.of(1, 1, 1), List.of(2, 2), List.of(3))).alpha(),
                1e-15);
        assertTrue(Double.isNaN(KrippendorffAlpha.nominal(List.of(List.of(1, 1), List.of(1, 1, 1))).alpha()));
        assertTrue(Double.isNaN(KrippendorffAlpha.nominal(List.of(List.of(1), List.of(2))).alpha()));
    }

    /** The same two-coder example as judgments; repeats and other protocols are left out. */
    @Test
    void top1ChoicesOfCategoricalJudgments() {
        List<Judgment> js = List.of(
                Judgment.of("x", "u1", CategoricalAnswer.top1(0, 100, List.of())),
                Judgment.of("y", "u1", CategoricalAnswer.top1(0, 90, List.of())),
                Judgment.of("x", "u2", CategoricalAnswer.top1(0, 100, List.of())),
                Judgment.of("y", "u2", new CategoricalAnswer(1, 60, 0, 40, List.of())),
                Judgment.of("x", "u3", CategoricalAnswer.top1(1, 100, List.of())),
                Judgment.of("y", "u3", CategoricalAnswer.top1(1, 100, List.of())),
                new Judgment("y", "u3", CategoricalAnswer.top1(0, 100, List.of()), -1, null, null, true, null),
                Judgment.of("y", "u3", CategoricalAnswer.top1(0, 100, List.of())), // second answer: first one counts
                Judgment.of("z", "u2", new MixingFactorAnswer(10, 10)));
        assertEquals(4.0 / 9.0, KrippendorffAlpha.nominalTop1(js).alpha(), 1e-12);
    }
}
