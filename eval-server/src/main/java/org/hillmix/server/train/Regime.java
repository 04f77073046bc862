package org.hillmix.server.train;

/** CONTRACT STUB (EVAL-SPEC.md), owned by helper "train"; replaced on merge. */
public sealed interface Regime permits Regime.Hard, Regime.HumanSoft, Regime.Votes, Regime.LabelSmoothing,
        Regime.Mixup, Regime.HumanMixup {

    /** Stable identifier. */
    String id();

    /** One-hot targets. */
    record Hard() implements Regime {
        @Override
        public String id() {
            return "hard";
        }
    }

    /** Per-annotator soft labels. */
    record HumanSoft(double[][][] perItemAnnotatorLabels, boolean sampleAnnotator) implements Regime {
        @Override
        public String id() {
            return "human-soft";
        }
    }

    /** Vote distributions. */
    record Votes(double[][] votes) implements Regime {
        @Override
        public String id() {
            return "votes";
        }
    }

    /** Label smoothing. */
    record LabelSmoothing(double smoothing) implements Regime {
        @Override
        public String id() {
            return "label-smoothing";
        }
    }

    /** Beta(alpha, alpha) mixup. */
    record Mixup(double alpha) implements Regime {
        @Override
        public String id() {
            return "mixup";
        }
    }

    /** Mixup labelled from human perception. */
    record HumanMixup(double alpha, PerceptionMap perception, MixedImageLabels judgedLabels) implements Regime {
        @Override
        public String id() {
            return "human-mixup";
        }
    }
}
