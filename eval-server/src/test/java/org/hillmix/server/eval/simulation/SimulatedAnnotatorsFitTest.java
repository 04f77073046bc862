package org.hillmix.server.eval.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.io.CategoricalImport;
import org.hillmix.core.io.Cifar10hVotes;
import org.hillmix.core.io.Cifar10sJsonImporter;
import org.hillmix.core.labels.CategoricalSoftLabeler;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.labels.SourcedJudgment;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.server.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.hillmix.core.agreement.AnnotatorStatistics;

/**
 * The simulated annotators against the real CIFAR-10S answers (docs/simulated-annotators.md): the same images, the
 * same number of answers per image, each image's CIFAR-10H vote distribution as the perceived mixture.
 */
class SimulatedAnnotatorsFitTest {

    private static final int PANEL = 400;

    private static final CategoricalSoftLabeler LABELER = new CategoricalSoftLabeler(ClassSet.CIFAR10,
            SoftLabelScheme.CIFAR10S_PUBLISHED);

    /** The real answers by CIFAR-10 test index, in file order. */
    private static Map<Integer, List<CategoricalAnswer>> realAnswers() throws IOException {
        Path file = SharedData.require("cifar10s/human_soft_labels_data.json");
        CategoricalImport imported = Cifar10sJsonImporter.read(file, ClassSet.CIFAR10, CleaningPolicy.CIFAR10S_STUDY,
                ProgressMonitor.NULL);
        Map<Integer, List<CategoricalAnswer>> byItem = new LinkedHashMap<>();
        for (SourcedJudgment j : imported.judgments()) {
            if (j.isValid()) {
                byItem.computeIfAbsent(Integer.parseInt(j.judgment().item()), k -> new ArrayList<>())
                        .add((CategoricalAnswer) j.judgment().answer());
            }
        }
        return byItem;
    }

    @Test
    void theRealStatisticsMatchAnIndependentComputation() throws IOException {
        AnnotatorStatistics real = AnnotatorStatistics.of(new ArrayList<>(realAnswers().values()), LABELER);
        // Computed from the same file by a separate Python script (pairs, rounding and labels written anew).
        assertEquals(1000, real.items());
        assertEquals(6723, real.answers());
        assertEquals(85.363, real.meanTop(), 5e-4);
        assertEquals(0.400, real.shareTop100(), 5e-4);
        assertEquals(0.054, real.shareTopBelow50(), 5e-4);
        assertEquals(0.535, real.secondRate(), 5e-4);
        assertEquals(7.331, real.meanImpossible(), 5e-4);
        assertEquals(0.431, real.meanLabelEntropy(), 5e-4);
        assertEquals(0.783, real.topAgreement(), 5e-4);
    }

    @Test
    void simulatedAnnotatorsAnswerLikeTheRealOnesOnTheSameImages() throws IOException {
        Map<Integer, List<CategoricalAnswer>> real = realAnswers();
        Cifar10hVotes votes = Cifar10hVotes.read(SharedData.require("cifar10h/cifar10h-counts.npy"), ClassSet.CIFAR10,
                ProgressMonitor.NULL);
        // A large panel, so that the statistics describe the population of profiles rather than a few draws.
        SimulatedAnnotators panel = new SimulatedAnnotators(10, PANEL, 2026);
        List<List<CategoricalAnswer>> simulated = new ArrayList<>();
        for (Map.Entry<Integer, List<CategoricalAnswer>> e : real.entrySet()) {
            double[] m = votes.distribution(e.getKey());
            List<CategoricalAnswer> answers = new ArrayList<>();
            for (int a = 0; a < e.getValue().size(); a++) {
                answers.add(panel.categorical((e.getKey() * 13 + a) % PANEL, e.getKey(), m));
            }
            simulated.add(answers);
        }
        AnnotatorStatistics r = AnnotatorStatistics.of(new ArrayList<>(real.values()), LABELER);
        AnnotatorStatistics s = AnnotatorStatistics.of(simulated, LABELER);
        String both = "real " + r + "\nsimulated " + s;
        System.out.println(both);
        assertEquals(r.answers(), s.answers());
        assertEquals(r.meanTop(), s.meanTop(), 3.0, both);
        assertEquals(r.shareTop100(), s.shareTop100(), 0.06, both);
        assertEquals(r.shareTopBelow50(), s.shareTopBelow50(), 0.03, both);
        assertEquals(r.secondRate(), s.secondRate(), 0.06, both);
        assertEquals(r.meanImpossible(), s.meanImpossible(), 0.5, both);
        assertEquals(r.meanLabelEntropy(), s.meanLabelEntropy(), 0.05, both);
        assertEquals(r.topAgreement(), s.topAgreement(), 0.04, both);
    }
}
