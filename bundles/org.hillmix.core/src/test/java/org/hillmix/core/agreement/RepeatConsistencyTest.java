package org.hillmix.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.io.Cifar10sRawImporter;
import org.hillmix.core.io.HmixMixingFactorImporter;
import org.hillmix.core.io.SharedData;
import org.hillmix.core.labels.CategoricalSoftLabeler;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.ConstructMidpointAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.Protocol;
import org.junit.jupiter.api.Test;

class RepeatConsistencyTest {

    static final Function<CategoricalAnswer, double[]> ONE_HOT = a -> {
        double[] p = new double[3];
        p[a.mostProbable()] = 1;
        return p;
    };

    static Judgment repeat(String annotator, String item, org.hillmix.core.protocol.Answer a) {
        return new Judgment(annotator, item, a, -1, null, null, true, null);
    }

    @Test
    void categoricalByHand() {
        List<Judgment> js = List.of(
                Judgment.of("A", "i1", CategoricalAnswer.top1(2, 100, List.of())),
                Judgment.of("A", "i2", CategoricalAnswer.top1(1, 100, List.of())),
                Judgment.of("B", "i1", CategoricalAnswer.top1(2, 100, List.of())),
                repeat("A", "i1", CategoricalAnswer.top1(2, 80, List.of())),
                repeat("A", "i2", CategoricalAnswer.top1(0, 100, List.of())),
                repeat("A", "i9", CategoricalAnswer.top1(0, 100, List.of())),
                Judgment.of("A", "i3", new MixingFactorAnswer(1, 1)));
        List<CategoricalRepeatConsistency> r = RepeatConsistency.categorical(js, ONE_HOT);
        assertEquals(2, r.size());
        CategoricalRepeatConsistency a = r.get(0);
        assertEquals("A", a.annotator());
        assertEquals(2, a.pairs());
        assertEquals(1, a.unmatched());
        // pair i1: same top, one-hot labels equal (L1 0, JS 0); pair i2: top 1 vs 0 (L1 2, JS ln 2)
        assertEquals(0.5, a.sameTopRate(), 1e-15);
        assertEquals(1.0, a.meanL1(), 1e-15);
        assertEquals(Math.log(2) / 2, a.meanJensenShannon(), 1e-15);
        CategoricalRepeatConsistency b = r.get(1);
        assertEquals(0, b.pairs());
        assertTrue(Double.isNaN(b.sameTopRate()));
    }

    @Test
    void lambdaByHand() {
        List<Judgment> js = List.of(
                Judgment.of("A", "m1", new MixingFactorAnswer(20, 90)),
                Judgment.of("A", "m2", new MixingFactorAnswer(50, 90)),
                repeat("A", "m1", new MixingFactorAnswer(30, 10)),
                repeat("A", "m2", new MixingFactorAnswer(50, 50)),
                Judgment.of("C", "p", new ConstructMidpointAnswer(0.1, 0.5, 0.1)),
                repeat("C", "p", new ConstructMidpointAnswer(0.9, 0.7, 0.1)));
        List<LambdaRepeatConsistency> mf = RepeatConsistency.lambda(js, Protocol.MIXING_FACTOR);
        assertEquals(1, mf.size());
        // perceived lambdas 0.8 vs 0.7 and 0.5 vs 0.5: mean |diff| = (0.1 + 0) / 2
        assertEquals(0.05, mf.get(0).meanAbsoluteDifference(), 1e-15);
        List<LambdaRepeatConsistency> c = RepeatConsistency.lambda(js, Protocol.CONSTRUCT_MIDPOINT);
        assertEquals(0.2, c.get(0).meanAbsoluteDifference(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> RepeatConsistency.lambda(js, Protocol.CATEGORICAL));
    }

    private static Path shared(String relative) {
        return SharedData.require(relative);
    }

    /** Every repeat trial of the published files has a first answer (counted in the files: 162 and 498). */
    @Test
    void realRepeatsAreAllMatched() throws IOException {
        List<Judgment> mf = HmixMixingFactorImporter.read(shared("hmix/hmix_infer_mixing_factor.csv"), null)
                .judgments();
        List<LambdaRepeatConsistency> r = RepeatConsistency.lambda(mf, Protocol.MIXING_FACTOR);
        assertEquals(81, r.size());
        assertEquals(162, r.stream().mapToInt(LambdaRepeatConsistency::pairs).sum());
        assertEquals(0, r.stream().mapToInt(LambdaRepeatConsistency::unmatched).sum());
        r.stream().filter(x -> x.pairs() > 0).forEach(x -> assertTrue(
                x.meanAbsoluteDifference() >= 0 && x.meanAbsoluteDifference() <= 1, x.toString()));

        List<Judgment> cat = Cifar10sRawImporter.read(shared("cifar10s/raw_human_data.csv"), ClassSet.CIFAR10,
                CleaningPolicy.DEFAULT, null).judgments().stream().filter(SourcedJudgment::isValid)
                .map(SourcedJudgment::judgment).toList();
        CategoricalSoftLabeler labeler = new CategoricalSoftLabeler(ClassSet.CIFAR10,
                SoftLabelScheme.CIFAR10S_PUBLISHED);
        List<CategoricalRepeatConsistency> c = RepeatConsistency.categorical(cat, labeler::label);
        int repeats = (int) cat.stream().filter(Judgment::repeat).count();
        assertEquals(repeats, c.stream().mapToInt(CategoricalRepeatConsistency::pairs).sum());
        for (CategoricalRepeatConsistency x : c) {
            if (x.pairs() > 0) {
                assertTrue(x.sameTopRate() >= 0 && x.sameTopRate() <= 1);
                assertTrue(x.meanL1() >= 0 && x.meanL1() <= 2);
                assertTrue(x.meanJensenShannon() >= 0 && x.meanJensenShannon() <= Math.log(2) + 1e-12);
            }
        }
    }
}
