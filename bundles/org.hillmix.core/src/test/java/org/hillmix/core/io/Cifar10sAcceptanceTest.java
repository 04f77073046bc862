package org.hillmix.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.AnnotatorLabel;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.labels.SoftLabeling;
import org.hillmix.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: the published CIFAR-10S top-2 clamp labels (gamma 0.1) are reproduced from the
 * study's parsed answers.
 */
class Cifar10sAcceptanceTest {

    static final int PUBLISHED_LABELS = 6_723;

    @Test
    void jsonAnswersReproduceEveryPublishedLabel() throws IOException {
        Path json = SharedData.require("cifar10s/human_soft_labels_data.json");
        Path published = SharedData.require("cifar10s/cifar10s_t2clamp_redist10.json");
        CategoricalImport imp = Cifar10sJsonImporter.read(json, ClassSet.CIFAR10, CleaningPolicy.DEFAULT,
                ProgressMonitor.NULL);
        List<AnnotatorLabel> labels = SoftLabeling.labelAll(imp.judgments(), ClassSet.CIFAR10,
                SoftLabelScheme.CIFAR10S_PUBLISHED, ProgressMonitor.NULL);
        assertEquals(PUBLISHED_LABELS, labels.size());
        double worst = compareAsMultisets(byItem(labels), Cifar10sLabelsFile.read(published));
        assertTrue(worst < 1e-9, "max abs error " + worst);
    }

    static Map<String, List<double[]>> byItem(List<AnnotatorLabel> labels) {
        Map<String, List<double[]>> m = new LinkedHashMap<>();
        for (AnnotatorLabel l : labels) {
            m.computeIfAbsent(l.item(), k -> new ArrayList<>()).add(l.label());
        }
        return m;
    }

    /**
     * Matches every item's vectors to the published ones one to one (greedy nearest; a vector
     * within 1e-9 of another is the same label). Returns the largest absolute difference and
     * fails when counts differ or a vector has no partner within 1e-9.
     */
    static double compareAsMultisets(Map<String, List<double[]>> mine, Map<String, List<double[]>> published) {
        assertEquals(published.keySet(), mine.keySet(), "item sets differ");
        int total = 0;
        double worst = 0;
        for (Map.Entry<String, List<double[]>> e : published.entrySet()) {
            List<double[]> remaining = new ArrayList<>(mine.get(e.getKey()));
            assertEquals(e.getValue().size(), remaining.size(), "label count of item " + e.getKey());
            for (double[] p : e.getValue()) {
                int best = -1;
                double bestErr = Double.POSITIVE_INFINITY;
                for (int i = 0; i < remaining.size(); i++) {
                    double err = maxAbs(p, remaining.get(i));
                    if (err < bestErr) {
                        bestErr = err;
                        best = i;
                    }
                }
                if (bestErr >= 1e-9) {
                    fail("item " + e.getKey() + ": published label " + java.util.Arrays.toString(p)
                            + " has no match; closest error " + bestErr);
                }
                worst = Math.max(worst, bestErr);
                remaining.remove(best);
                total++;
            }
        }
        assertEquals(PUBLISHED_LABELS, total);
        return worst;
    }

    static double maxAbs(double[] a, double[] b) {
        assertEquals(a.length, b.length);
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
