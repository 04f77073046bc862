package org.hillmix.server.eval.data;

import org.hillmix.core.evaluation.DatasetSpec;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.evaluation.LabelSpec;
import org.hillmix.core.evaluation.RegimeSpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The job configuration of the core contract, parsed and refused as EVAL-SPEC.md says. */
public class JobConfigTest {

    /** The example of EVAL-SPEC.md, verbatim; the report fixtures are built from it too. */
    public static final String SPEC_EXAMPLE = """
            {
              "schema": "hillmix.job/1",
              "name": "demo",
              "dataset": {"kind": "synthetic", "classes": 4, "perClass": 250, "imageSize": 32, "ambiguity": 0.35, "seed": 7},
              "labels":  {"kind": "simulated", "annotators": 5, "seed": 11},
              "split":   {"train": 0.6, "validation": 0.2, "test": 0.2, "seed": 0},
              "model": "small-cnn",
              "training": {"epochs": 6, "batchSize": 64, "optimizer": "sgd", "learningRate": 0.05, "momentum": 0.9,
                           "weightDecay": 0.0005, "schedule": "cosine", "augment": true},
              "regimes": [{"name": "hard"}, {"name": "human-soft", "sampleAnnotator": false},
                          {"name": "label-smoothing", "smoothing": 0.1}, {"name": "mixup", "alpha": 0.2},
                          {"name": "human-mixup", "alpha": 0.2, "confidenceWeighted": true}, {"name": "votes"}],
              "seeds": [0, 1, 2],
              "metrics": {"bins": 15, "bootstrap": 1000, "fgsm": true}
            }
            """;

    private static String error(String json) {
        return assertThrows(IllegalArgumentException.class, () -> JobConfig.parse(json)).getMessage();
    }

    private static String withRegimes(String regimes) {
        return SPEC_EXAMPLE.replaceFirst("(?s)\"regimes\": \\[.*?\\],\n", "\"regimes\": " + regimes + ",\n");
    }

    @Test
    void parsesTheSpecExample() {
        JobConfig c = JobConfig.parse(SPEC_EXAMPLE);
        DatasetSpec.Synthetic d = assertInstanceOf(DatasetSpec.Synthetic.class, c.dataset());
        assertEquals(4, d.classes());
        assertEquals(0.35, d.ambiguity());
        LabelSpec.Simulated l = assertInstanceOf(LabelSpec.Simulated.class, c.labels().get(0));
        assertEquals(5, l.annotators());
        assertEquals(List.of("hard", "human-soft", "label-smoothing", "mixup", "human-mixup", "votes"), c.regimeNames());
        assertEquals(0.0005, c.training().weightDecay());
        assertEquals(List.of(0L, 1L, 2L), c.seeds());
        assertEquals(1000, c.metrics().bootstrap());
    }

    @Test
    void roundTripsThroughJson() {
        JobConfig c = JobConfig.parse(SPEC_EXAMPLE);
        assertEquals(c, JobConfig.parse(c.toJson()));
    }

    @Test
    void fillsDefaults() {
        JobConfig c = JobConfig.parse("""
                {"schema": "hillmix.job/1", "name": "x", "dataset": {"kind": "synthetic"}, "regimes": [{"name": "hard"}]}
                """);
        assertEquals("small-cnn", c.model());
        assertEquals(List.of(0L), c.seeds());
        assertInstanceOf(LabelSpec.None.class, c.labels().get(0));
        assertEquals(0.6, c.split().train());
        assertEquals(15, c.metrics().bins());
    }

    @Test
    void namesTheRegimeFieldOfANonPositiveAlpha() {
        String msg = error(withRegimes("[{\"name\": \"hard\"}, {\"name\": \"mixup\"}, {\"name\": \"mixup\", \"label\": \"m2\", \"alpha\": -1}]"));
        assertTrue(msg.contains("regimes[2].alpha must be > 0"), msg);
    }

    @Test
    void rejectsUnknownFieldsWithTheirPath() {
        String msg = error(withRegimes("[{\"name\": \"mixup\", \"alfa\": 0.2}]"));
        assertTrue(msg.contains("regimes[0].alfa is not a known field"), msg);
        assertTrue(msg.contains("alpha"), "lists the known fields: " + msg);
        String top = error(SPEC_EXAMPLE.replace("\"model\":", "\"modle\": \"x\", \"model\":"));
        assertTrue(top.contains("modle is not a known field"), top);
    }

    @Test
    void rejectsUnknownKindsAndRegimeNames() {
        String kind = error(SPEC_EXAMPLE.replace("\"kind\": \"synthetic\"", "\"kind\": \"synthtic\""));
        assertTrue(kind.contains("dataset.kind 'synthtic' is unknown"), kind);
        assertTrue(kind.contains("shared-cifar10"), kind);
        String name = error(withRegimes("[{\"name\": \"hardd\"}]"));
        assertTrue(name.contains("regimes[0].name 'hardd' is unknown"), name);
        String missing = error(withRegimes("[{\"alpha\": 1}]"));
        assertTrue(missing.contains("regimes[0].name is missing"), missing);
    }

    @Test
    void reportsEveryValueProblem() {
        String msg = error(SPEC_EXAMPLE.replace("\"epochs\": 6", "\"epochs\": 0")
                .replace("\"optimizer\": \"sgd\"", "\"optimizer\": \"rmsprop\"")
                .replace("\"test\": 0.2", "\"test\": 0.3")
                .replace("\"seeds\": [0, 1, 2]", "\"seeds\": [0, 0]")
                .replace("\"ambiguity\": 0.35", "\"ambiguity\": 1.5"));
        assertTrue(msg.contains("training.epochs must be between 1 and 1000, got 0"), msg);
        assertTrue(msg.contains("training.optimizer must be one of sgd, adam"), msg);
        assertTrue(msg.contains("split.train + validation + test must sum to 1"), msg);
        assertTrue(msg.contains("seeds[1] repeats seed 0"), msg);
        assertTrue(msg.contains("dataset.ambiguity must be between 0 and 1"), msg);
        assertTrue(!msg.contains("\n"), "one line");
    }

    @Test
    void checksThatRegimesHaveTheLabelsTheyNeed() {
        String msg = error(SPEC_EXAMPLE.replace("\"labels\":  {\"kind\": \"simulated\", \"annotators\": 5, \"seed\": 11},", ""));
        assertTrue(msg.contains("regimes[1] 'human-soft' needs per-annotator soft labels"), msg);
        assertTrue(msg.contains("regimes[4] 'human-mixup' needs mixing-factor judgments"), msg);
        assertTrue(msg.contains("regimes[5] 'votes' needs vote distributions"), msg);
    }

    @Test
    void checksLabelSourcesAgainstTheDataset() {
        String msg = error(SPEC_EXAMPLE.replace("{\"kind\": \"synthetic\", \"classes\": 4, \"perClass\": 250, \"imageSize\": 32, \"ambiguity\": 0.35, \"seed\": 7}",
                "{\"kind\": \"image-folder\", \"path\": \"imgs\"}"));
        assertTrue(msg.contains("labels[0].kind 'simulated' needs dataset.kind 'synthetic'"), msg);
        String cifar = error(SPEC_EXAMPLE.replace("{\"kind\": \"simulated\", \"annotators\": 5, \"seed\": 11}",
                "[{\"kind\": \"cifar10s\", \"dir\": \"d\"}, {\"kind\": \"cifar10h\", \"dir\": \"d\"}, {\"kind\": \"hmix\", \"dir\": \"d\"}]"));
        assertTrue(cifar.contains("labels[0].kind 'cifar10s' labels CIFAR-10 test indices"), cifar);
    }

    @Test
    void acceptsSeveralLabelSourcesForSharedCifar10() {
        JobConfig c = JobConfig.parse(SPEC_EXAMPLE
                .replace("{\"kind\": \"synthetic\", \"classes\": 4, \"perClass\": 250, \"imageSize\": 32, \"ambiguity\": 0.35, \"seed\": 7}",
                        "{\"kind\": \"shared-cifar10\", \"dir\": \"../shared/data\"}")
                .replace("{\"kind\": \"simulated\", \"annotators\": 5, \"seed\": 11}",
                        "[{\"kind\": \"cifar10s\", \"dir\": \"d\"}, {\"kind\": \"cifar10h\", \"dir\": \"d\"}, {\"kind\": \"hmix\", \"dir\": \"d\"}]"));
        assertEquals(3, c.labels().size());
        assertEquals(Boolean.TRUE, ((DatasetSpec.SharedCifar10) c.dataset()).labelledOnly());
    }

    @Test
    void requiresSchemaAndRejectsOtherVersions() {
        assertTrue(error(SPEC_EXAMPLE.replace("\"schema\": \"hillmix.job/1\",", "")).contains("schema is missing"));
        assertTrue(error(SPEC_EXAMPLE.replace("hillmix.job/1", "hillmix.job/2")).contains("schema must be \"hillmix.job/1\""));
    }

    @Test
    void reportsMalformedJsonWithItsPosition() {
        String msg = error("{\"schema\": \"hillmix.job/1\",\n \"name\": }");
        assertTrue(msg.contains("malformed JSON at line 2"), msg);
    }

    @Test
    void reportsWrongTypesWithTheirPath() {
        String msg = error(SPEC_EXAMPLE.replace("\"bins\": 15", "\"bins\": \"many\""));
        assertTrue(msg.startsWith("invalid job config: metrics.bins"), msg);
    }

    @Test
    void requiresDistinctRegimeLabels() {
        String msg = error(withRegimes("[{\"name\": \"mixup\", \"alpha\": 0.2}, {\"name\": \"mixup\", \"alpha\": 1}]"));
        assertTrue(msg.contains("regimes[1] repeats the regime 'mixup'"), msg);
        JobConfig ok = JobConfig.parse(withRegimes("[{\"name\": \"mixup\", \"alpha\": 0.2}, {\"name\": \"mixup\", \"alpha\": 1, \"label\": \"mixup-1\"}]"));
        assertEquals(List.of("mixup", "mixup-1"), ok.regimeNames());
    }

    @Test
    void referenceDefaultsToTheFirstRegimeAndMustNameOne() {
        assertEquals("hard", JobConfig.parse(SPEC_EXAMPLE).referenceName());
        assertEquals(null, JobConfig.parse(SPEC_EXAMPLE).reference(), "not filled in: old jobs write back unchanged");
        assertFalse(JobConfig.parse(SPEC_EXAMPLE).toJson().contains("reference"));
        assertEquals(0, JobConfig.parse(SPEC_EXAMPLE).referenceIndex());
        JobConfig c = JobConfig.parse(SPEC_EXAMPLE.replace("\"seeds\":", "\"reference\": \"votes\", \"seeds\":"));
        assertEquals("votes", c.referenceName());
        assertEquals(5, c.referenceIndex());
        assertEquals(c, JobConfig.parse(c.toJson()));
        String msg = error(SPEC_EXAMPLE.replace("\"seeds\":", "\"reference\": \"hrad\", \"seeds\":"));
        assertTrue(msg.contains("reference must name one of the regimes (hard, human-soft, label-smoothing, mixup, "
                + "human-mixup, votes), got 'hrad'"), msg);
    }

    @Test
    void parsesTheControlRegimes() {
        JobConfig c = JobConfig.parse(withRegimes("[{\"name\": \"hard\"}, {\"name\": \"human-soft-mode-aligned\"}, "
                + "{\"name\": \"entropy-matched\", \"from\": \"votes\"}, {\"name\": \"random-soft\", \"seed\": 4}]"));
        assertEquals(List.of("hard", "human-soft-mode-aligned", "entropy-matched", "random-soft"), c.regimeNames());
        RegimeSpec.ModeAligned m = assertInstanceOf(RegimeSpec.ModeAligned.class, c.regimes().get(1));
        assertEquals("human-soft", m.from());
        assertTrue(assertInstanceOf(RegimeSpec.EntropyMatched.class, c.regimes().get(2)).fromVotes());
        assertEquals(4L, assertInstanceOf(RegimeSpec.RandomSoft.class, c.regimes().get(3)).seed());
        assertEquals(c, JobConfig.parse(c.toJson()));
        String msg = error(withRegimes("[{\"name\": \"hard\"}, {\"name\": \"random-soft\", \"from\": \"vote\"}]"));
        assertTrue(msg.contains("regimes[1].from must be one of human-soft, votes, got 'vote'"), msg);
    }

    @Test
    void controlsNeedTheLabelsTheyAreBuiltFrom() {
        String noLabels = SPEC_EXAMPLE.replace("\"labels\":  {\"kind\": \"simulated\", \"annotators\": 5, \"seed\": 11},", "")
                .replaceFirst("(?s)\"regimes\": \\[.*?\\],\n",
                        "\"regimes\": [{\"name\": \"hard\"}, {\"name\": \"entropy-matched\"}, {\"name\": \"random-soft\", "
                                + "\"from\": \"votes\"}],\n");
        String msg = error(noLabels);
        assertTrue(msg.contains("regimes[1] 'entropy-matched' is built from the human-soft labels and needs "
                + "per-annotator soft labels"), msg);
        assertTrue(msg.contains("regimes[2] 'random-soft' with from 'votes' needs vote distributions"), msg);
    }
}
