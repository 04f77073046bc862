package org.hillmix.server.labelsets;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The label files a job can use, as uploaded label sets. Each format is stored in the layout the job's label
 * source of the matching kind reads ({@code docs/job-config.md}), so a label set resolves to an ordinary
 * {@code labels} entry whose paths point into the store.
 */
public enum LabelSetFormat {

    /** A HILLmix judgment journal ({@code hillmix.judgment/1} JSON Lines); resolves to kind {@code jsonl}. */
    JOURNAL("journal", "jsonl", "journal.jsonl", "HILLmix judgment journal (hillmix.judgment/1 JSON Lines)"),
    /** A HILLmix label file (one annotator soft label per line); resolves to kind {@code jsonl}. */
    JSONL_LABELS("jsonl-labels", "jsonl", "labels.jsonl", "HILLmix soft-label file (JSON Lines)"),
    /** CIFAR-10S parsed answers ({@code human_soft_labels_data.json}); resolves to kind {@code cifar10s}. */
    CIFAR10S("cifar10s", "cifar10s", "cifar10s/human_soft_labels_data.json", "CIFAR-10S parsed answers (JSON)"),
    /** H-Mix mixing-factor answers ({@code hmix_infer_mixing_factor.csv}); resolves to kind {@code hmix}. */
    HMIX("hmix", "hmix", "hmix/hmix_infer_mixing_factor.csv", "H-Mix mixing-factor answers (CSV)"),
    /** CIFAR-10H vote counts ({@code cifar10h-counts.npy}, items x 10); resolves to kind {@code cifar10h}. */
    CIFAR10H("cifar10h", "cifar10h", "cifar10h/cifar10h-counts.npy", "CIFAR-10H vote counts (.npy)");

    private final String id;
    private final String labelKind;
    private final String file;
    private final String description;

    LabelSetFormat(String id, String labelKind, String file, String description) {
        this.id = id;
        this.labelKind = labelKind;
        this.file = file;
        this.description = description;
    }

    /** The name used in {@code ?format=} and in listings, e.g. {@code journal}. */
    public String id() {
        return id;
    }

    /** The job-config label kind the stored file is read as. */
    public String labelKind() {
        return labelKind;
    }

    /** Where the file lies inside a label set's folder. */
    public String file() {
        return file;
    }

    /** A human-readable description. */
    public String description() {
        return description;
    }

    /**
     * The job-config {@code labels} entry that reads a label set stored in {@code dir}: {@code path} for JSON
     * Lines files, {@code dir} (the folder holding {@code cifar10s/}, {@code hmix/} or {@code cifar10h/}) for the
     * published layouts.
     */
    public Map<String, String> spec(Path dir) {
        Map<String, String> spec = new LinkedHashMap<>();
        spec.put("kind", labelKind);
        if ("jsonl".equals(labelKind)) {
            spec.put("path", dir.resolve(file).toString());
        } else {
            spec.put("dir", dir.toString());
        }
        return spec;
    }

    /** The format called {@code id}. */
    public static Optional<LabelSetFormat> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** The accepted names, for messages: {@code journal, jsonl-labels, ...}. */
    public static String names() {
        return Arrays.stream(values()).map(LabelSetFormat::id).collect(Collectors.joining(", "));
    }
}
