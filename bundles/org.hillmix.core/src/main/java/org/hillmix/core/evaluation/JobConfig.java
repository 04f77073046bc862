package org.hillmix.core.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An evaluation job: a data set, human label sources, a split, a model with its training settings, the regimes
 * to compare, the seeds to repeat them with and the metrics to compute. The JSON form ({@code "schema":
 * "hillmix.job/1"}) is documented in docs/job-config.md; unknown fields are rejected and optional ones take
 * documented defaults.
 *
 * <p>Read jobs with {@link ContractJson#readJob(String)} or {@link ContractJson#readJob(Path)}: both validate and throw an
 * {@link IllegalArgumentException} whose one-line message names every offending field by its JSON path, for
 * example {@code regimes[2].alpha must be > 0, got -1.0}.
 *
 * @param schema must be {@value #SCHEMA}
 * @param name a short job name shown in reports
 * @param dataset where the images come from
 * @param labels human label sources (a single object is accepted for one source)
 * @param split train/validation/test fractions
 * @param model {@code small-cnn}, {@code small-resnet} or {@code mlp} (default small-cnn)
 * @param training optimisation settings
 * @param regimes the regimes to compare, at least one
 * @param reference the display name of the regime the others are compared with, or {@code null} for the first
 *     regime (see {@link #referenceName()}); left null rather than filled in, so that jobs written before the
 *     field existed read and write back unchanged
 * @param seeds training seeds; every regime runs once per seed (default [0])
 * @param metrics what to measure
 */
@JsonPropertyOrder({"schema", "name", "dataset", "labels", "split", "model", "training", "regimes", "reference",
    "seeds", "metrics"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobConfig(String schema, String name, DatasetSpec dataset,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<LabelSpec> labels,
        SplitSpec split, String model, TrainingConfig training, List<RegimeSpec> regimes, String reference,
        List<Long> seeds, MetricsSpec metrics) {

    /** Schema identifier of this version of the format. */
    public static final String SCHEMA = "hillmix.job/1";
    /** Accepted model architectures. */
    public static final List<String> MODELS = List.of("small-cnn", "small-resnet", "mlp");

    /** Fills defaults for the optional parts (labels: none; split, training, metrics: defaults; seeds: [0]). */
    public JobConfig {
        labels = labels == null ? List.of(new LabelSpec.None()) : copy(labels);
        split = split == null ? SplitSpec.defaults() : split;
        model = model == null ? "small-cnn" : model;
        training = training == null ? TrainingConfig.defaults() : training;
        regimes = regimes == null ? null : copy(regimes);
        seeds = seeds == null ? List.of(0L) : copy(seeds);
        metrics = metrics == null ? MetricsSpec.defaults() : metrics;
    }

    /** Most regimes a job may compare (each trains once per seed). */
    public static final int MAX_REGIMES = 100;
    /** Most label sources a job may list (the workbench adds one per annotator journal). */
    public static final int MAX_LABEL_SOURCES = 1000;
    /** Most training seeds a job may list. */
    public static final int MAX_SEEDS = 100;
    /** Longest job name, in characters. */
    public static final int MAX_NAME = 200;

    /** An unmodifiable copy that keeps {@code null} entries, so that validation can name them by index. */
    private static <T> List<T> copy(List<T> list) {
        return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    /** A job whose reference is its first regime. */
    public JobConfig(String schema, String name, DatasetSpec dataset, List<LabelSpec> labels, SplitSpec split,
            String model, TrainingConfig training, List<RegimeSpec> regimes, List<Long> seeds, MetricsSpec metrics) {
        this(schema, name, dataset, labels, split, model, training, regimes, null, seeds, metrics);
    }

    /** The position of the reference regime in {@link #regimes()}: 0 by default or when it names none (invalid job). */
    public int referenceIndex() {
        return reference == null ? 0 : Math.max(regimeNames().indexOf(reference), 0);
    }

    /** The display name of the reference regime: {@link #reference()}, or the first regime's by default. */
    public String referenceName() {
        return regimes == null || regimes.isEmpty() ? reference : regimeNames().get(referenceIndex());
    }

    /**
     * Parses and validates a job from JSON text with {@link ContractJson#readJob(String)}.
     *
     * @throws IllegalArgumentException naming every problem and its field
     */
    public static JobConfig parse(String json) {
        return ContractJson.readJob(json);
    }

    /**
     * Reads and validates a job file with {@link ContractJson#readJob(Path)}.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file, every problem and its field
     */
    public static JobConfig read(Path file) throws IOException {
        return ContractJson.readJob(file);
    }

    /** Checks every field and the combinations between them; an empty result means the job can run. */
    public ConfigErrors validate() {
        ConfigErrors errors = new ConfigErrors();
        if (schema == null) {
            errors.add("schema is missing; expected \"" + SCHEMA + "\"");
        } else if (!SCHEMA.equals(schema)) {
            errors.add("schema must be \"" + SCHEMA + "\", got \"" + schema + "\"");
        }
        errors.text(name, "name");
        if (name != null && name.length() > MAX_NAME) {
            errors.add("name must be at most " + MAX_NAME + " characters, got " + name.length());
        }
        if (errors.require(dataset, "dataset")) {
            dataset.validate("dataset", errors);
        }
        validateLabels(errors);
        split.validate("split", errors);
        errors.oneOf(model, MODELS, "model");
        training.validate("training", errors);
        validateRegimes(errors);
        if (seeds.isEmpty()) {
            errors.add("seeds must list at least one seed");
        } else if (errors.atMost(seeds, MAX_SEEDS, "seeds", "seeds")) {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < seeds.size(); i++) {
                if (seeds.get(i) == null) {
                    errors.add("seeds[" + i + "] is null");
                } else if (!seen.add(seeds.get(i))) {
                    errors.add("seeds[" + i + "] repeats seed " + seeds.get(i));
                }
            }
        }
        metrics.validate("metrics", errors);
        return errors;
    }

    private void validateLabels(ConfigErrors errors) {
        if (!errors.atMost(labels, MAX_LABEL_SOURCES, "labels", "label sources")) {
            return;
        }
        for (int i = 0; i < labels.size(); i++) {
            LabelSpec l = labels.get(i);
            String p = "labels[" + i + "]";
            if (l == null) {
                errors.add(p + " is null");
                continue;
            }
            l.validate(p, errors);
            if (l instanceof LabelSpec.Simulated && dataset != null && !(dataset instanceof DatasetSpec.Synthetic)) {
                errors.add(p + ".kind 'simulated' needs dataset.kind 'synthetic' (simulated annotators answer from "
                        + "the known class mixtures), got '" + dataset.kind() + "'");
            }
            boolean cifarIds = l instanceof LabelSpec.Cifar10s || l instanceof LabelSpec.Cifar10h
                    || l instanceof LabelSpec.Hmix;
            if (cifarIds && dataset != null && !(dataset instanceof DatasetSpec.SharedCifar10)
                    && !(dataset instanceof DatasetSpec.Server)) {
                errors.add(p + ".kind '" + l.kind() + "' labels CIFAR-10 test indices and needs dataset.kind "
                        + "'shared-cifar10', got '" + dataset.kind() + "'");
            }
        }
    }

    private void validateRegimes(ConfigErrors errors) {
        if (regimes == null || regimes.isEmpty()) {
            errors.add("regimes must list at least one regime, e.g. [{\"name\": \"hard\"}]");
            return;
        }
        if (!errors.atMost(regimes, MAX_REGIMES, "regimes", "regimes")) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < regimes.size(); i++) {
            RegimeSpec r = regimes.get(i);
            String p = "regimes[" + i + "]";
            if (r == null) {
                errors.add(p + " is null");
                continue;
            }
            r.validate(p, errors);
            if (!names.add(r.displayName())) {
                errors.add(p + " repeats the regime '" + r.displayName() + "'; give it a distinct \"label\"");
            }
            if (r instanceof RegimeSpec.HumanSoft && labels.stream().noneMatch(LabelSpec::givesSoftLabels)) {
                errors.add(p + " 'human-soft' needs per-annotator soft labels; add a labels source of kind "
                        + "simulated, cifar10s or jsonl");
            }
            if (r instanceof RegimeSpec.Votes && labels.stream().noneMatch(LabelSpec::givesVotes)) {
                errors.add(p + " 'votes' needs vote distributions; add a labels source of kind simulated or cifar10h");
            }
            if (r instanceof RegimeSpec.HumanMixup && labels.stream().noneMatch(LabelSpec::givesMixingJudgments)) {
                errors.add(p + " 'human-mixup' needs mixing-factor judgments; add a labels source of kind "
                        + "simulated (mixingJudgments > 0), hmix or jsonl");
            }
            if (r instanceof RegimeSpec.Control c) {
                if (c.fromVotes() && labels.stream().noneMatch(LabelSpec::givesVotes)) {
                    errors.add(p + " '" + r.id() + "' with from 'votes' needs vote distributions; add a labels "
                            + "source of kind simulated or cifar10h");
                } else if (!c.fromVotes() && labels.stream().noneMatch(LabelSpec::givesSoftLabels)) {
                    errors.add(p + " '" + r.id() + "' is built from the human-soft labels and needs per-annotator "
                            + "soft labels; add a labels source of kind simulated, cifar10s or jsonl, or set "
                            + "\"from\": \"votes\"");
                }
            }
        }
        if (reference != null && !names.contains(reference)) {
            errors.add("reference must name one of the regimes (" + String.join(", ", regimeNames().stream()
                    .filter(java.util.Objects::nonNull).toList()) + "), got '" + reference + "'");
        }
    }

    /** This job with {@code replacement} as its data set. */
    public JobConfig withDataset(DatasetSpec replacement) {
        return new JobConfig(schema, name, replacement, labels, split, model, training, regimes, seeds, metrics);
    }

    /** The display names of the regimes, in order. */
    public List<String> regimeNames() {
        return regimes.stream().map(r -> r == null ? null : r.displayName()).toList();
    }

    /** This job as pretty-printed JSON (with defaults filled in), see {@link ContractJson#write(JobConfig)}. */
    public String toJson() {
        return ContractJson.write(this);
    }
}
