package org.hillmix.core.evaluation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One training regime of a job; the JSON property {@code name} selects it. Every variant takes an optional
 * {@code label} that names it in reports (default: the name), so a job can compare, say, two mixup alphas.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "name")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RegimeSpec.Hard.class, name = "hard"),
    @JsonSubTypes.Type(value = RegimeSpec.HumanSoft.class, name = "human-soft"),
    @JsonSubTypes.Type(value = RegimeSpec.Votes.class, name = "votes"),
    @JsonSubTypes.Type(value = RegimeSpec.LabelSmoothing.class, name = "label-smoothing"),
    @JsonSubTypes.Type(value = RegimeSpec.Mixup.class, name = "mixup"),
    @JsonSubTypes.Type(value = RegimeSpec.HumanMixup.class, name = "human-mixup"),
    @JsonSubTypes.Type(value = RegimeSpec.ModeAligned.class, name = "human-soft-mode-aligned"),
    @JsonSubTypes.Type(value = RegimeSpec.EntropyMatched.class, name = "entropy-matched"),
    @JsonSubTypes.Type(value = RegimeSpec.RandomSoft.class, name = "random-soft"),
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface RegimeSpec {

    /** The regime identifier, as in {@code Regime.id()}. */
    @JsonIgnore
    String id();

    /** The display label, or {@code null} for the default. */
    String label();

    /** The label shown in reports: {@link #label()} or else {@link #id()}. */
    @JsonIgnore
    default String displayName() {
        return label() == null || label().isBlank() ? id() : label();
    }

    /** Longest display label, in characters. */
    int MAX_LABEL = 200;

    /**
     * Checks the fields, recording problems under {@code path} (e.g. {@code "regimes[2]"}): the common
     * {@code label}, then the variant's own parameters ({@link #validateParameters}).
     */
    default void validate(String path, ConfigErrors errors) {
        errors.printable(label(), path + ".label");
        if (label() != null && label().length() > MAX_LABEL) {
            errors.add(path + ".label must be at most " + MAX_LABEL + " characters, got " + label().length());
        }
        validateParameters(path, errors);
    }

    /** Checks the variant's own parameters; none by default. */
    default void validateParameters(String path, ConfigErrors errors) {
    }

    /** The identifiers of every regime, in the order of docs/job-config.md. */
    java.util.List<String> IDS = java.util.List.of("hard", "human-soft", "votes", "label-smoothing", "mixup",
            "human-mixup", "human-soft-mode-aligned", "entropy-matched", "random-soft");

    /**
     * The regime {@code id} with its default parameters and no label.
     *
     * @throws IllegalArgumentException when {@code id} is not one of {@link #IDS}
     */
    static RegimeSpec withDefaults(String id) {
        return switch (id == null ? "" : id) {
            case "hard" -> new Hard(null);
            case "human-soft" -> new HumanSoft(null, null);
            case "votes" -> new Votes(null);
            case "label-smoothing" -> new LabelSmoothing(null, null);
            case "mixup" -> new Mixup(null, null);
            case "human-mixup" -> new HumanMixup(null, null, null);
            case "human-soft-mode-aligned" -> new ModeAligned(null, null);
            case "entropy-matched" -> new EntropyMatched(null, null);
            case "random-soft" -> new RandomSoft(null, null, null);
            default -> throw new IllegalArgumentException("unknown regime '" + id + "'; choose from " + IDS);
        };
    }

    /** Hard one-hot labels. */
    record Hard(String label) implements RegimeSpec {
        @Override
        public String id() {
            return "hard";
        }
    }

    /**
     * Human soft labels of each training image.
     *
     * @param sampleAnnotator false: train on the annotators' mean label; true: sample one annotator per item per
     *     step (default false)
     */
    record HumanSoft(String label, Boolean sampleAnnotator) implements RegimeSpec {
        /** Fills the default. */
        public HumanSoft {
            sampleAnnotator = sampleAnnotator == null ? Boolean.FALSE : sampleAnnotator;
        }

        @Override
        public String id() {
            return "human-soft";
        }
    }

    /** Vote distributions (CIFAR-10H style) as targets. */
    record Votes(String label) implements RegimeSpec {
        @Override
        public String id() {
            return "votes";
        }
    }

    /**
     * Label smoothing: target {@code (1 - s) * onehot + s / K}.
     *
     * @param smoothing s in (0, 1) (default 0.1)
     */
    record LabelSmoothing(String label, Double smoothing) implements RegimeSpec {
        /** Fills the default. */
        public LabelSmoothing {
            smoothing = smoothing == null ? 0.1 : smoothing;
        }

        @Override
        public String id() {
            return "label-smoothing";
        }

        @Override
        public void validateParameters(String path, ConfigErrors errors) {
            if (!(smoothing > 0 && smoothing < 1)) {
                errors.add(path + ".smoothing must be > 0 and < 1, got " + smoothing);
            }
        }
    }

    /**
     * Beta(alpha, alpha) mixup with labels mixed by the true lambda.
     *
     * @param alpha Beta parameter, > 0 (default 0.2)
     */
    record Mixup(String label, Double alpha) implements RegimeSpec {
        /** Fills the default. */
        public Mixup {
            alpha = alpha == null ? 0.2 : alpha;
        }

        @Override
        public String id() {
            return "mixup";
        }

        @Override
        public void validateParameters(String path, ConfigErrors errors) {
            errors.positive(alpha, path + ".alpha");
        }
    }

    /**
     * Mixup whose labels follow the human-perceived lambda (a {@code FittedPerceptionMap} fitted from
     * mixing-factor judgments).
     *
     * @param alpha Beta parameter, > 0 (default 0.2)
     * @param confidenceWeighted weight each judgment by its stated confidence when fitting the perception map
     *     (default true)
     */
    record HumanMixup(String label, Double alpha, Boolean confidenceWeighted) implements RegimeSpec {
        /** Fills the defaults. */
        public HumanMixup {
            alpha = alpha == null ? 0.2 : alpha;
            confidenceWeighted = confidenceWeighted == null ? Boolean.TRUE : confidenceWeighted;
        }

        @Override
        public String id() {
            return "human-mixup";
        }

        @Override
        public void validateParameters(String path, ConfigErrors errors) {
            errors.positive(alpha, path + ".alpha");
        }
    }

    /** Where a control regime takes its human distributions from. */
    List<String> CONTROL_SOURCES = List.of("human-soft", "votes");

    /**
     * A control regime: targets built per training item from its human distribution (docs/soft-labels.md,
     * "Control labels"); items without one get their one-hot label.
     */
    sealed interface Control extends RegimeSpec permits ModeAligned, EntropyMatched, RandomSoft {

        /** {@code human-soft} (the mean of the item's annotators' soft labels) or {@code votes}. */
        String from();

        /** Whether the human distribution is the item's votes. */
        @JsonIgnore
        default boolean fromVotes() {
            return "votes".equals(from());
        }

        @Override
        default void validate(String path, ConfigErrors errors) {
            errors.oneOf(from(), CONTROL_SOURCES, path + ".from");
        }
    }

    /**
     * The human distribution with its arg-max class and the hard label's entry swapped.
     *
     * @param from {@code human-soft} (default) or {@code votes}
     */
    record ModeAligned(String label, String from) implements Control {
        /** Fills the default. */
        public ModeAligned {
            from = from == null ? "human-soft" : from;
        }

        @Override
        public String id() {
            return "human-soft-mode-aligned";
        }
    }

    /**
     * Label smoothing of the hard label whose entropy equals the item's human-label entropy.
     *
     * @param from {@code human-soft} (default) or {@code votes}
     */
    record EntropyMatched(String label, String from) implements Control {
        /** Fills the default. */
        public EntropyMatched {
            from = from == null ? "human-soft" : from;
        }

        @Override
        public String id() {
            return "entropy-matched";
        }
    }

    /**
     * The human distribution's values on random classes, the largest on the hard label.
     *
     * @param from {@code human-soft} (default) or {@code votes}
     * @param seed seed of the random class orders (default 0); the same for every training seed
     */
    record RandomSoft(String label, String from, Long seed) implements Control {
        /** Fills the defaults. */
        public RandomSoft {
            from = from == null ? "human-soft" : from;
            seed = seed == null ? 0L : seed;
        }

        @Override
        public String id() {
            return "random-soft";
        }
    }
}
