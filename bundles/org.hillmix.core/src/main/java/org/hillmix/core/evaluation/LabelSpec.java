package org.hillmix.core.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One source of human labels; the JSON property {@code kind} selects the variant. A job may list several
 * (for example CIFAR-10S soft labels, CIFAR-10H votes and H-Mix judgments together); see docs/job-config.md.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LabelSpec.Simulated.class, name = "simulated"),
    @JsonSubTypes.Type(value = LabelSpec.Cifar10s.class, name = "cifar10s"),
    @JsonSubTypes.Type(value = LabelSpec.Cifar10h.class, name = "cifar10h"),
    @JsonSubTypes.Type(value = LabelSpec.Hmix.class, name = "hmix"),
    @JsonSubTypes.Type(value = LabelSpec.Jsonl.class, name = "jsonl"),
    @JsonSubTypes.Type(value = LabelSpec.None.class, name = "none"),
    @JsonSubTypes.Type(value = LabelSpec.Server.class, name = "server"),
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface LabelSpec {

    /** The {@code kind} identifier of this variant. */
    @JsonIgnore
    String kind();

    /** Checks the fields, recording problems under {@code path} (e.g. {@code "labels[0]"}). */
    void validate(String path, ConfigErrors errors);

    /** Whether this source can give per-annotator soft labels of single images. */
    @JsonIgnore
    default boolean givesSoftLabels() {
        return false;
    }

    /** Whether this source can give vote distributions of single images. */
    @JsonIgnore
    default boolean givesVotes() {
        return false;
    }

    /** Whether this source can give mixing-factor judgments of mixed images. */
    @JsonIgnore
    default boolean givesMixingJudgments() {
        return false;
    }

    /**
     * Simulated annotators (only with a synthetic data set, whose true class mixtures they answer from).
     *
     * @param annotators categorical answers per training image, 1-100 (default 5)
     * @param voters simulated CIFAR-10H-style voters per image, each giving one hard vote (default 50)
     * @param mixingJudgments number of simulated mixing-factor judgments of mixed pairs (default 600)
     * @param seed seed of the simulation (default 11)
     */
    record Simulated(Integer annotators, Integer voters, Integer mixingJudgments, Long seed) implements LabelSpec {
        /** Fills defaults. */
        public Simulated {
            annotators = annotators == null ? 5 : annotators;
            voters = voters == null ? 50 : voters;
            mixingJudgments = mixingJudgments == null ? 600 : mixingJudgments;
            seed = seed == null ? 11L : seed;
        }

        @Override
        public String kind() {
            return "simulated";
        }

        @Override
        public void validate(String path, ConfigErrors errors) {
            errors.range(annotators, 1, 100, path + ".annotators");
            errors.range(voters, 1, 1000, path + ".voters");
            errors.range(mixingJudgments, 0, 1_000_000, path + ".mixingJudgments");
        }

        @Override
        public boolean givesSoftLabels() {
            return true;
        }

        @Override
        public boolean givesVotes() {
            return true;
        }

        @Override
        public boolean givesMixingJudgments() {
            return mixingJudgments > 0;
        }
    }

    /** CIFAR-10S per-annotator categorical answers (Collins et al., HCOMP 2022) from {@code <dir>/cifar10s}. */
    record Cifar10s(String dir) implements LabelSpec {
        @Override
        public String kind() {
            return "cifar10s";
        }

        @Override
        public void validate(String path, ConfigErrors errors) {
            errors.text(dir, path + ".dir");
        }

        @Override
        public boolean givesSoftLabels() {
            return true;
        }
    }

    /** CIFAR-10H vote counts (Peterson et al., ICCV 2019) from {@code <dir>/cifar10h/cifar10h-counts.npy}. */
    record Cifar10h(String dir) implements LabelSpec {
        @Override
        public String kind() {
            return "cifar10h";
        }

        @Override
        public void validate(String path, ConfigErrors errors) {
            errors.text(dir, path + ".dir");
        }

        @Override
        public boolean givesVotes() {
            return true;
        }
    }

    /** H-Mix mixing-factor judgments (Collins et al., UAI 2023) from {@code <dir>/hmix}. */
    record Hmix(String dir) implements LabelSpec {
        @Override
        public String kind() {
            return "hmix";
        }

        @Override
        public void validate(String path, ConfigErrors errors) {
            errors.text(dir, path + ".dir");
        }

        @Override
        public boolean givesMixingJudgments() {
            return true;
        }
    }

    /**
     * A JSON Lines file whose items are data set item ids: a HILLmix judgment journal ({@code hillmix.judgment/1}:
     * categorical and free-distribution answers give soft labels, mixing-factor answers with {@code label1},
     * {@code label2} and {@code mixtureCoeff} attributes give mixing judgments) or a HILLmix label file (one
     * per-annotator soft label per line, as {@code hillmix labels} exports them).
     */
    record Jsonl(String path) implements LabelSpec {
        @Override
        public String kind() {
            return "jsonl";
        }

        @Override
        public void validate(String p, ConfigErrors errors) {
            errors.text(path, p + ".path");
        }

        @Override
        public boolean givesSoftLabels() {
            return true;
        }

        @Override
        public boolean givesMixingJudgments() {
            return true;
        }
    }

    /** No human labels: only the hard-label regimes can run. */
    record None() implements LabelSpec {
        @Override
        public String kind() {
            return "none";
        }

        @Override
        public void validate(String path, ConfigErrors errors) {
        }
    }

    /**
     * A label set uploaded to the server ({@code POST /api/v1/labelsets}), named by its id (the SHA-256 of its
     * bytes). The server replaces it by the label source its format is read as before checking or running the job,
     * so what it gives is known only there; here it is assumed to give every kind of label.
     */
    record Server(String id) implements LabelSpec {
        @Override
        public String kind() {
            return "server";
        }

        @Override
        public void validate(String p, ConfigErrors errors) {
            errors.text(id, p + ".id");
        }

        @Override
        public boolean givesSoftLabels() {
            return true;
        }

        @Override
        public boolean givesVotes() {
            return true;
        }

        @Override
        public boolean givesMixingJudgments() {
            return true;
        }
    }
}
