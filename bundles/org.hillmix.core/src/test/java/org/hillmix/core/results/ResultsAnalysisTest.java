package org.hillmix.core.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.protocol.Answer;
import org.hillmix.core.protocol.ConstructMidpointAnswer;
import org.hillmix.core.protocol.FreeDistributionAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.protocol.SelectShuffledAnswer;
import org.junit.jupiter.api.Test;

/** Result figures against values worked out by hand (in the comments). */
class ResultsAnalysisTest {

    private static final ClassSet ABC = ClassSet.of("a", "b", "c");

    private static Judgment j(String who, String item, Answer answer, Map<String, String> attributes) {
        return new Judgment(who, item, answer, 100, Instant.EPOCH, Instant.EPOCH, false, attributes);
    }

    private static FreeDistributionAnswer w(double... weights) {
        return new FreeDistributionAnswer(java.util.Arrays.stream(weights).boxed().toList());
    }

    @Test
    void labelsEntropyAndDisagreement() {
        List<Judgment> js = List.of(j("p", "x", w(1, 0, 0), Map.of()), j("q", "x", w(1, 1, 0), Map.of()),
                j("p", "y", w(0, 0, 3), Map.of()));
        ResultsAnalysis r = ResultsAnalysis.of(js, ABC, SoftLabelScheme.CIFAR10S_PUBLISHED, null, null);
        assertEquals(2, r.items().size());
        ItemResult x = r.items().get(0);
        assertEquals("x", x.item(), "the item with disagreement comes first");
        assertArrayEquals(new double[] {0.75, 0.25, 0}, x.mean(), 1e-12);
        // H = -(0.75 log2 0.75 + 0.25 log2 0.25) = 0.8112781244591328
        assertEquals(0.8112781244591328, x.entropyBits(), 1e-12);
        // JS([1,0,0], [.5,.5,0]) = 0.5 ln(4/3) + 0.25 ln(2/3) + 0.25 ln 2 = 0.2157615543388357 nats
        assertEquals(0.2157615543388357 / Math.log(2), x.disagreement(), 1e-12);
        assertEquals(2, x.annotators());
        ItemResult y = r.items().get(1);
        assertTrue(Double.isNaN(y.disagreement()), "one annotator: no disagreement");
        assertEquals(0, y.entropyBits(), 1e-12);

        AnnotatorResult p = r.annotators().get(0);
        assertEquals("p", p.annotator());
        assertEquals(2, p.judgments());
        assertEquals(0.2157615543388357 / Math.log(2), p.meanDivergenceToOthers(), 1e-12);
        assertTrue(Double.isNaN(p.repeatSameTop()));
        assertEquals(1, r.pairs().size());
        assertEquals("p", r.pairs().get(0).first());
        assertEquals(1, r.pairs().get(0).sharedItems());
        assertEquals(0.2157615543388357, r.pairs().get(0).meanJensenShannon(), 1e-12);
    }

    @Test
    void exclusionPolicyOutcomeIsReported() {
        List<Judgment> js = List.of(j("p", "x", w(1, 0, 0), Map.of()), j("q", "x", w(1, 1, 0), Map.of()));
        // every judgment here has a reaction time of 100 ms
        ResultsAnalysis r = ResultsAnalysis.of(js, ABC, SoftLabelScheme.CIFAR10S_PUBLISHED,
                org.hillmix.core.agreement.ExclusionPolicy.of(
                        org.hillmix.core.agreement.ExclusionRule.minMedianReactionTime(250)), null);
        assertTrue(r.annotators().get(0).excluded());
        assertTrue(r.annotators().get(0).exclusionReasons().contains("250"), r.annotators().get(0).exclusionReasons());
    }

    @Test
    void perceivedMixingFactorPerPair() {
        Map<String, String> at03 = Map.of("class1", "cat", "class2", "dog", "mixtureCoeff", "0.3");
        // slider 60 -> perceived lambda 0.4; slider 80 -> 0.2
        List<Judgment> js = List.of(j("p", "m1", new MixingFactorAnswer(60, 50), at03),
                j("q", "m1", new MixingFactorAnswer(80, 100), at03),
                j("q", "m2", new MixingFactorAnswer(10, 100), Map.of("label1", "Ship", "label2", "Frog",
                        "mixtureCoeff", "0.9")),
                j("q", "m3", new MixingFactorAnswer(10, 100), Map.of("class1", "cat", "class2", "dog")));
        ResultsAnalysis r = ResultsAnalysis.of(js, ABC, SoftLabelScheme.CIFAR10S_PUBLISHED, null, null);
        assertEquals(List.of("cat / dog", "ship / frog"), r.perception().stream().map(PairPerception::pair).toList());
        PairPerception cd = r.perception().get(0);
        assertEquals(2, cd.answers(), "the answer without a true lambda is left out");
        assertEquals(0.0, cd.meanBias(), 1e-12); // ((0.4-0.3) + (0.2-0.3)) / 2
        assertEquals(0.75, cd.meanConfidence(), 1e-12);
        PairPerception.Point pt = cd.points().get(0);
        assertEquals(0.3, pt.trueLambda(), 0);
        assertEquals(0.3, pt.meanPerceived(), 1e-12);
        // s = sqrt((0.1^2 + 0.1^2) / 1) = 0.1414213562; half = 1.96 s / sqrt 2 = 0.196
        assertEquals(0.196, pt.halfWidth(), 1e-12);
        assertEquals(0.9 - 0.9, r.perception().get(1).meanBias(), 1e-12); // slider 10 -> 0.9
    }

    @Test
    void midpointAnswersJoinThePerceptionOfTheirPair() {
        // imported construct answers name the pair in class_pair; workbench series items in class1/class2
        Map<String, String> imported = Map.of("class_pair", "Bird_9624_Deer_9585");
        Map<String, String> series = Map.of("class1", "Bird", "class2", "Deer");
        List<Judgment> js = List.of(
                j("p", "Bird_9624_Deer_9585", new ConstructMidpointAnswer(0.1, 0.6, 0.1), imported),
                j("q", "Bird_9624_Deer_9585", new ConstructMidpointAnswer(0.1, 0.4, 0.1), imported),
                j("r", "s1", new ConstructMidpointAnswer(0.9, 0.5, 0.1), series),
                j("p", "s1", new SelectShuffledAnswer(0.7, List.of()), series),
                // a repeat is left out, as for the mixing factor
                new Judgment("q", "s1", new SelectShuffledAnswer(0.0, List.of()), 100, Instant.EPOCH, Instant.EPOCH,
                        true, series),
                j("q", "x", new ConstructMidpointAnswer(0.1, 0.3, 0.1), Map.of("class_pair", "no-pair")),
                j("q", "m", new MixingFactorAnswer(50, 100), Map.of("class1", "Bird", "class2", "Deer",
                        "mixtureCoeff", "0.5")));
        ResultsAnalysis r = ResultsAnalysis.of(js, ABC, SoftLabelScheme.CIFAR10S_PUBLISHED, null, null);
        assertEquals(List.of("?", "bird / deer"), r.perception().stream().map(PairPerception::pair).toList());
        PairPerception bd = r.perception().get(1);
        assertEquals(1, bd.answers(), "one mixing-factor answer");
        PairPerception.Midpoint construct = bd.midpoint(Protocol.CONSTRUCT_MIDPOINT).orElseThrow();
        assertEquals(3, construct.n());
        assertEquals(0.5, construct.meanLambda(), 1e-12); // (0.6 + 0.4 + 0.5) / 3
        // s = sqrt((0.01 + 0.01 + 0) / 2) = 0.1; half = 1.96 * 0.1 / sqrt 3 = 0.11316065...
        assertEquals(1.96 * 0.1 / Math.sqrt(3), construct.halfWidth(), 1e-12);
        PairPerception.Midpoint select = bd.midpoint(Protocol.SELECT_SHUFFLED).orElseThrow();
        assertEquals(1, select.n());
        assertEquals(0.7, select.meanLambda(), 0);
        assertTrue(Double.isNaN(select.halfWidth()));
        PairPerception unknown = r.perception().get(0);
        assertEquals(0, unknown.answers());
        assertTrue(Double.isNaN(unknown.meanBias()), "no mixing-factor answers: no bias");
        assertEquals(0.3, unknown.midpoint(Protocol.CONSTRUCT_MIDPOINT).orElseThrow().meanLambda(), 0);
    }

    /**
     * Issue 9: class-pair names were written as each source spelled them, so H-Mix's "Cat / Dog" and the
     * workbench's "cat / dog" were two pairs in the perception chart. One formatter writes them all.
     */
    @Test
    void aPairIsOnePairWhateverTheSourceCallsItsClasses() {
        List<Judgment> js = List.of(
                j("p", "m1", new MixingFactorAnswer(60, 50), Map.of("class1", "cat", "class2", "dog",
                        "mixtureCoeff", "0.3")),
                j("q", "m2", new MixingFactorAnswer(80, 100), Map.of("label1", "Cat", "label2", "Dog",
                        "mixtureCoeff", "0.3")),
                j("r", "Cat_1_Dog_2", new ConstructMidpointAnswer(0.1, 0.6, 0.1), Map.of("class_pair",
                        "Cat_1_Dog_2")));
        ResultsAnalysis r = ResultsAnalysis.of(js, ABC, SoftLabelScheme.CIFAR10S_PUBLISHED, null, null);
        assertEquals(List.of("cat / dog"), r.perception().stream().map(PairPerception::pair).toList());
        assertEquals(2, r.perception().get(0).answers());
        assertEquals(1, r.perception().get(0).midpoint(Protocol.CONSTRUCT_MIDPOINT).orElseThrow().n());
        assertEquals("cat / dog", org.hillmix.core.data.ClassNames.pair(" Cat", "DOG "));
        assertEquals("automobile", org.hillmix.core.data.ClassNames.display("Automobile"));
    }
}
