package org.hillmix.server.eval.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.AnswerValidation;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.junit.jupiter.api.Test;
import org.hillmix.server.eval.data.SyntheticDataset;
import org.hillmix.server.eval.data.SyntheticImages;

class SimulatedAnnotatorsTest {

    private static void assertValid(CategoricalAnswer a, int classes) {
        assertTrue(a.mostProbable() >= 0 && a.mostProbable() < classes, "top " + a);
        assertTrue(a.mostProbability() > 0 && a.mostProbability() <= 100, "top prob " + a);
        assertEquals(0, a.mostProbability() % 5, 1e-12, "multiple of 5: " + a);
        if (a.hasSecond()) {
            assertTrue(a.secondProbable() >= 0 && a.secondProbable() < classes && a.secondProbable() != a.mostProbable(), "" + a);
            assertTrue(a.hasSecondProbability(), "" + a);
            assertTrue(a.secondProbability() > 0 && a.secondProbability() <= a.mostProbability(), "" + a);
            assertTrue(a.mostProbability() + a.secondProbability() <= 100, "" + a);
            assertEquals(0, a.secondProbability() % 5, 1e-12, "" + a);
        }
        for (int k : a.impossible()) {
            assertTrue(k >= 0 && k < classes && k != a.mostProbable() && k != a.secondProbable(), "impossible " + a);
        }
    }

    @Test
    void everyAnswerIsValid() {
        SyntheticDataset d = SyntheticImages.generate(6, 30, 8, 0.5, 0.0, 2);
        SimulatedAnnotators panel = new SimulatedAnnotators(6, 8, 4);
        AnswerValidator validator = new AnswerValidator(d.classes());
        for (int i = 0; i < d.count(); i++) {
            for (CategoricalAnswer a : panel.categoricalAll(i, d.trueMixture()[i])) {
                assertValid(a, 6);
                AnswerValidation v = validator.validate(a);
                assertTrue(v.isValid(), "core validator: " + v.errors());
                assertFalse(v.flags().contains(AnswerFlag.SECOND_ABOVE_TOP) || v.flags().contains(AnswerFlag.PROBABILITIES_SUM_OVER_100)
                        || v.flags().contains(AnswerFlag.CHOSEN_CLASS_MARKED_IMPOSSIBLE), "flags " + v.flags());
            }
            for (int a = 0; a < panel.count(); a++) {
                assertTrue(validator.validate(panel.mixingFactor(a, i, 0.25, 0, 1)).isValid());
            }
        }
    }

    @Test
    void answersFollowTheTrueMixture() {
        SimulatedAnnotators panel = new SimulatedAnnotators(4, 10, 9);
        double[] pure = {0, 0, 1, 0};
        double[] blend = {0.65, 0, 0, 0.35};
        int pureTop = 0;
        int blendSecond = 0;
        double pureProb = 0;
        double blendProb = 0;
        int n = 0;
        for (int item = 0; item < 100; item++) {
            for (int a = 0; a < panel.count(); a++) {
                CategoricalAnswer p = panel.categorical(a, item, pure);
                pureTop += p.mostProbable() == 2 ? 1 : 0;
                pureProb += p.mostProbability();
                CategoricalAnswer b = panel.categorical(a, item, blend);
                blendSecond += b.hasSecond() && (b.secondProbable() == 3 || b.mostProbable() == 3) ? 1 : 0;
                blendProb += b.mostProbability();
                n++;
            }
        }
        // Lapse rates fitted to CIFAR-10S average 9% (docs/simulated-annotators.md), so about 91% of answers about a
        // pure image name its class first.
        assertTrue(pureTop > 0.85 * n, "pure images: true class named first " + pureTop + "/" + n);
        assertTrue(blendSecond > 0.6 * n, "blends: the other class named " + blendSecond + "/" + n);
        assertTrue(pureProb / n > blendProb / n + 10, "blends get less confident answers: " + pureProb / n + " vs " + blendProb / n);
    }

    @Test
    void answersAreDeterministic() {
        SimulatedAnnotators a = new SimulatedAnnotators(4, 3, 1);
        SimulatedAnnotators b = new SimulatedAnnotators(4, 3, 1);
        double[] m = {0.7, 0.3, 0, 0};
        assertEquals(a.categoricalAll(5, m), b.categoricalAll(5, m));
        assertEquals(a.mixingFactor(2, 17, 0.25, 0, 1), b.mixingFactor(2, 17, 0.25, 0, 1));
        List<CategoricalAnswer> other = new SimulatedAnnotators(4, 3, 2).categoricalAll(5, m);
        assertFalse(other.equals(a.categoricalAll(5, m)) && Arrays.equals(a.votes(5, m), new SimulatedAnnotators(4, 3, 2).votes(5, m))
                && a.profile(0).equals(new SimulatedAnnotators(4, 3, 2).profile(0)));
    }

    @Test
    void votesAreADistribution() {
        SimulatedAnnotators panel = new SimulatedAnnotators(4, 50, 3);
        double[] v = panel.votes(0, new double[] {0.6, 0.4, 0, 0});
        assertEquals(1.0, Arrays.stream(v).sum(), 1e-12);
        assertTrue(v[0] > v[2] && v[1] > v[3], Arrays.toString(v));
    }

    @Test
    void mixingFactorAnswersAreValidAndCarryTheModelledBias() {
        SimulatedAnnotators panel = new SimulatedAnnotators(4, 3, 21);
        int annotator = 1;
        double lambda = 0.25;
        double[] perceived = new double[2001];
        for (int s = 0; s < perceived.length; s++) {
            MixingFactorAnswer a = panel.mixingFactor(annotator, s, lambda, 0, 2);
            assertTrue(a.slider() >= 0 && a.slider() <= 100 && a.slider() == Math.rint(a.slider()), "slider " + a);
            assertTrue(a.confidence() >= 0 && a.confidence() <= 100 && a.confidence() % 5 == 0, "confidence " + a);
            perceived[s] = a.perceivedLambda1();
        }
        Arrays.sort(perceived);
        // Noise is symmetric on the logit scale, so the median perceived lambda is the noise-free value for this
        // annotator: sigmoid(GAIN * logit(0.25) + s0 - s2 + b_a).
        double logit = Math.log(0.25 / 0.75);
        double expected = 1 / (1 + Math.exp(-(SimulatedAnnotators.PERCEPTION_GAIN * logit + panel.salience(0)
                - panel.salience(2) + panel.profile(annotator).lambdaBias())));
        assertEquals(expected, perceived[1000], 0.03);
    }
}
