package org.hillmix.core.remote;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The local files a job configuration names, which a server on another machine cannot read: an image folder as
 * {@code dataset}, and label files as {@code labels} entries. {@link #find} lists them (checking that they exist);
 * {@link #rewrite} replaces each by a {@code {"kind": "server", "id": ...}} reference once it is uploaded.
 *
 * <p>Labels: {@code jsonl} names its file; {@code cifar10s}, {@code hmix} and {@code cifar10h} name the folder
 * holding {@code cifar10s/human_soft_labels_data.json}, {@code hmix/hmix_infer_mixing_factor.csv} and
 * {@code cifar10h/cifar10h-counts.npy} (docs/job-config.md), whose file is uploaded with that format.
 */
public final class LocalSources {

    /** What a local source is uploaded as. */
    public enum Kind {
        /** A data set: an image folder, uploaded as an archive. */
        IMAGE_FOLDER,
        /** A label set: one file. */
        LABEL_FILE
    }

    /**
     * One local source.
     *
     * @param field where the configuration names it: {@code dataset} or {@code labels[i]}
     * @param kind how it is uploaded
     * @param path the folder or file, absolute
     * @param format the label-set format to upload a label file as, or null to let the server detect it
     */
    public record Source(String field, Kind kind, Path path, String format) {
    }

    private LocalSources() {
    }

    /**
     * The local sources of {@code config}, relative paths resolved against {@code baseDir}.
     *
     * @throws IllegalArgumentException naming the field when a named file is missing or a data-set kind cannot be
     *         uploaded
     */
    public static List<Source> find(JsonNode config, Path baseDir) {
        List<Source> out = new ArrayList<>();
        JsonNode dataset = config.path("dataset");
        String kind = dataset.path("kind").asText("");
        switch (kind) {
            case "image-folder" -> out.add(new Source("dataset", Kind.IMAGE_FOLDER,
                    existing(baseDir, dataset, "path", "dataset", true), null));
            case "index-csv", "cifar-binary", "idx", "shared-cifar10" -> throw new IllegalArgumentException(
                    "dataset.kind '" + kind + "' names local files a remote server cannot read, and only image "
                    + "folders can be uploaded; use \"kind\": \"image-folder\" (one sub-folder of images per "
                    + "class), or ask the operator to place the data on the server and use \"kind\": \"server\"");
            default -> {
                // synthetic (generated on the server), server (there already), or wrong (the server says so)
            }
        }
        JsonNode labels = config.path("labels");
        if (labels.isObject()) {
            label(labels, "labels", baseDir, out);
        } else if (labels.isArray()) {
            for (int i = 0; i < labels.size(); i++) {
                label(labels.get(i), "labels[" + i + "]", baseDir, out);
            }
        }
        return out;
    }

    private static void label(JsonNode entry, String field, Path baseDir, List<Source> out) {
        switch (entry.path("kind").asText("")) {
            case "jsonl" -> out.add(new Source(field, Kind.LABEL_FILE, existing(baseDir, entry, "path", field, false),
                    null));
            case "cifar10s" -> out.add(published(baseDir, entry, field, "cifar10s/human_soft_labels_data.json",
                    "cifar10s"));
            case "hmix" -> out.add(published(baseDir, entry, field, "hmix/hmix_infer_mixing_factor.csv", "hmix"));
            case "cifar10h" -> out.add(published(baseDir, entry, field, "cifar10h/cifar10h-counts.npy", "cifar10h"));
            default -> {
                // simulated, none, server: nothing local
            }
        }
    }

    private static Source published(Path baseDir, JsonNode entry, String field, String file, String format) {
        Path dir = existing(baseDir, entry, "dir", field, true);
        Path f = dir.resolve(file);
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException(field + ".dir: " + dir + " holds no " + file);
        }
        return new Source(field, Kind.LABEL_FILE, f, format);
    }

    private static Path existing(Path baseDir, JsonNode entry, String key, String field, boolean folder) {
        String value = entry.path(key).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + "." + key + " is missing");
        }
        Path p;
        try {
            p = baseDir.resolve(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(field + "." + key + " is not a valid path: " + value, e);
        }
        if (folder ? !Files.isDirectory(p) : !Files.isRegularFile(p)) {
            throw new IllegalArgumentException(field + "." + key + ": no such " + (folder ? "folder" : "file") + ": "
                    + p);
        }
        return p;
    }

    /**
     * A copy of {@code config} in which each field of {@code ids} ({@code dataset} or {@code labels[i]}) is
     * {@code {"kind": "server", "id": ID}}; a data set's {@code limit} is kept.
     */
    public static ObjectNode rewrite(JsonNode config, Map<String, String> ids) {
        ObjectNode copy = config.deepCopy();
        JsonNodeFactory f = JsonNodeFactory.instance;
        for (Map.Entry<String, String> e : ids.entrySet()) {
            ObjectNode ref = f.objectNode().put("kind", "server").put("id", e.getValue());
            String field = e.getKey();
            if (field.equals("dataset")) {
                JsonNode limit = copy.path("dataset").get("limit");
                if (limit != null && !limit.isNull()) {
                    ref.set("limit", limit);
                }
                copy.set("dataset", ref);
            } else if (field.equals("labels")) {
                copy.set("labels", ref);
            } else if (field.startsWith("labels[")) {
                int i = Integer.parseInt(field.substring("labels[".length(), field.length() - 1));
                ((ArrayNode) copy.get("labels")).set(i, ref);
            } else {
                throw new IllegalArgumentException("unknown field " + field);
            }
        }
        return copy;
    }
}
