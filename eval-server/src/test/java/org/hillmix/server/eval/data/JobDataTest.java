package org.hillmix.server.eval.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.hillmix.server.eval.report.Citations;
import org.hillmix.server.eval.simulation.FittedPerceptionMap;

class JobDataTest {

    private static JobConfig job(String dataset, String labels, String regimes) {
        return JobConfig.parse("""
                {"schema": "hillmix.job/1", "name": "t", "dataset": %s, "labels": %s, "regimes": %s}
                """.formatted(dataset, labels, regimes));
    }

    private static double sum(double[] p) {
        return Arrays.stream(p).sum();
    }

    @Test
    void assemblesSyntheticDataWithSimulatedLabels() throws Exception {
        JobConfig c = job("{\"kind\": \"synthetic\", \"classes\": 3, \"perClass\": 20, \"imageSize\": 16, \"ambiguity\": 0.5}",
                "{\"kind\": \"simulated\", \"annotators\": 4, \"voters\": 10, \"mixingJudgments\": 90}",
                "[{\"name\": \"hard\"}]");
        JobData d = JobData.prepare(c, Path.of("."), ProgressMonitor.NULL);
        // 20 per class: 12 / 4 / 4 (hand-computed from 0.6 / 0.2 / 0.2).
        assertEquals(36, d.train().images().length);
        assertEquals(12, d.validation().images().length);
        assertEquals(12, d.test().images().length);
        assertEquals(3 * 16 * 16, d.train().images()[0].length);
        for (double[][] perAnnotator : d.trainAnnotatorLabels()) {
            assertEquals(4, perAnnotator.length);
            for (double[] l : perAnnotator) {
                assertEquals(1.0, sum(l), 1e-9);
            }
        }
        for (double[] v : d.trainVotes()) {
            assertEquals(1.0, sum(v), 1e-9);
            for (double x : v) {
                assertEquals(0, Math.round(x * 10) - x * 10, 1e-9, "10 voters: multiples of 0.1");
            }
        }
        for (double[] h : d.testHuman()) {
            assertNotNull(h);
        }
        assertEquals(90, d.judgments().size());
        assertEquals(36, d.summary().trainItemsWithSoftLabels());
        assertEquals(4.0, d.summary().meanAnnotatorsPerTrainItem());
        // Half of each class are blends, and the ambiguous flags mark exactly them: 30 of 60 items overall.
        int ambiguous = 0;
        for (boolean b : d.trainAmbiguous()) {
            ambiguous += b ? 1 : 0;
        }
        assertTrue(ambiguous > 0 && ambiguous < 36, "ambiguous " + ambiguous);
    }

    @Test
    void withoutLabelsThereAreNoHumanTargets() throws Exception {
        JobData d = JobData.prepare(job("{\"kind\": \"synthetic\", \"classes\": 2, \"perClass\": 10, \"imageSize\": 8}",
                "{\"kind\": \"none\"}", "[{\"name\": \"mixup\"}]"), Path.of("."), ProgressMonitor.NULL);
        assertNull(d.trainVotes());
        assertEquals(0, d.summary().trainItemsWithSoftLabels());
        assertNull(d.testHuman()[0]);
        assertTrue(d.judgments().isEmpty());
    }

    @Test
    void stratifiedSampleKeepsClassShares() {
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            labels[i] = i < 50 ? 0 : i < 80 ? 1 : 2;
        }
        int[] keep = JobData.stratifiedSample(labels, 10, 3);
        assertEquals(10, keep.length);
        int[] counts = new int[3];
        for (int i : keep) {
            counts[labels[i]]++;
        }
        // Quotas 5, 3, 2 (exact shares of 10).
        assertEquals(5, counts[0]);
        assertEquals(3, counts[1]);
        assertEquals(2, counts[2]);
    }

    @Test
    void rejectsSplitsThatLeaveAPartEmpty() {
        JobConfig c = job("{\"kind\": \"synthetic\", \"classes\": 2, \"perClass\": 2, \"imageSize\": 8}",
                "{\"kind\": \"none\"}", "[{\"name\": \"hard\"}]");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobData.prepare(c, Path.of("."), ProgressMonitor.NULL));
        assertTrue(e.getMessage().contains("leaves a part empty"), e.getMessage());
    }

    @Test
    void realDataAttachesCifar10sLabelsAndHmixJudgments() throws Exception {
        Path dir = SharedData.dir().toAbsolutePath();
        String d = "\"" + dir.toString().replace("\\", "\\\\") + "\"";
        JobConfig c = job("{\"kind\": \"shared-cifar10\", \"dir\": " + d + "}",
                "[{\"kind\": \"cifar10s\", \"dir\": " + d + "}, {\"kind\": \"hmix\", \"dir\": " + d + "}]",
                "[{\"name\": \"human-soft\"}, {\"name\": \"human-mixup\"}]");
        JobData data = JobData.prepare(c, Path.of("."), ProgressMonitor.NULL);
        // README: CIFAR-10S labels 1,000 test images, all in the subset; labelledOnly keeps exactly them.
        assertEquals(1000, data.summary().trainItems() + data.summary().validationItems() + data.summary().testItems());
        assertEquals(data.summary().trainItems(), data.summary().trainItemsWithSoftLabels());
        // README: 4,950 mixing-factor rows, all between two different classes.
        assertEquals(4950, data.judgments().size());
        double mean = data.summary().meanAnnotatorsPerTrainItem();
        assertTrue(mean >= 6 && mean <= 11, "6-11 judgments per image (README), mean " + mean);
        assertTrue(data.summary().citations().contains(Citations.COLLINS_2022));
        assertTrue(data.summary().citations().contains(Citations.COLLINS_2023));
        FittedPerceptionMap map = FittedPerceptionMap.fit(data.judgments(), 50, true);
        assertTrue(map.pairCurves() > 0);
        double prev = 0;
        for (int i = 0; i <= 20; i++) {
            double v = map.perceivedLambda(i / 20.0, 3, 5);
            assertTrue(v >= prev - 1e-12 && v <= 1);
            prev = v;
        }
    }
}
