package org.hillmix.core.remote;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The local files a job configuration names, which a server on another machine cannot read: the data set (an image
 * folder, CIFAR-10 batches, an IDX pair, an index CSV with its images) as {@code dataset}, and label files as
 * {@code labels} entries. {@link #find} lists them (checking that they exist);
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
        /**
         * A data set of another kind, uploaded as an archive of {@link Source#files()}: CIFAR-10 batches
         * ({@code *.bin}), an IDX pair (as {@value #IDX_IMAGES} and {@value #IDX_LABELS}), or an index CSV (as
         * {@value #INDEX_CSV}) with the images it lists at their paths relative to it.
         */
        DATA_FILES,
        /** A label set: one file. */
        LABEL_FILE
    }

    /** The name an IDX image file is uploaded under (the server recognises {@code idx3-ubyte}). */
    public static final String IDX_IMAGES = "images-idx3-ubyte";
    /** The name an IDX label file is uploaded under (the server recognises {@code idx1-ubyte}). */
    public static final String IDX_LABELS = "labels-idx1-ubyte";
    /** The name an index CSV is uploaded under. */
    public static final String INDEX_CSV = "index.csv";

    /**
     * One local source.
     *
     * @param field where the configuration names it: {@code dataset} or {@code labels[i]}
     * @param kind how it is uploaded
     * @param path the folder or file, absolute (for {@link Kind#DATA_FILES} the file the configuration names)
     * @param format the label-set format to upload a label file as, or null to let the server detect it
     * @param files for {@link Kind#DATA_FILES}: archive name to local file; empty otherwise
     */
    public record Source(String field, Kind kind, Path path, String format, Map<String, Path> files) {
        /** A source that is not {@link Kind#DATA_FILES}. */
        public Source(String field, Kind kind, Path path, String format) {
            this(field, kind, path, format, Map.of());
        }
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
            case "cifar-binary" -> out.add(cifarBatches(existing(baseDir, dataset, "path", "dataset", null)));
            case "idx" -> {
                Map<String, Path> files = new LinkedHashMap<>();
                Path images = existing(baseDir, dataset, "images", "dataset", false);
                files.put(IDX_IMAGES, images);
                files.put(IDX_LABELS, existing(baseDir, dataset, "labels", "dataset", false));
                out.add(new Source("dataset", Kind.DATA_FILES, images, null, files));
            }
            case "index-csv" -> out.add(indexCsv(existing(baseDir, dataset, "path", "dataset", false)));
            case "shared-cifar10" -> throw new IllegalArgumentException("dataset.kind 'shared-cifar10' names the "
                    + "shared data folder of this machine; a remote server has its own: ask its operator to place the "
                    + "data there and use \"kind\": \"server\", or name the subset's index.csv with \"kind\": "
                    + "\"index-csv\" to upload it");
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

    /** A CIFAR-10 batch file, or every {@code .bin} file of a folder, uploaded under their names. */
    private static Source cifarBatches(Path path) {
        Map<String, Path> files = new TreeMap<>();
        if (Files.isDirectory(path)) {
            try (java.util.stream.Stream<Path> s = Files.list(path)) {
                s.filter(p -> p.getFileName().toString().endsWith(".bin") && Files.isRegularFile(p))
                        .forEach(p -> files.put(p.getFileName().toString(), p));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("dataset.path: cannot list " + path + ": " + e.getMessage(), e);
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("dataset.path: " + path + " holds no .bin batch files");
            }
        } else {
            String name = path.getFileName().toString();
            files.put(name.endsWith(".bin") ? name : name + ".bin", path);
        }
        return new Source("dataset", Kind.DATA_FILES, path, null, files);
    }

    /** An index CSV with the images it lists, which must lie in its folder or below (their paths stay relative). */
    private static Source indexCsv(Path csv) {
        Path base = csv.getParent();
        Map<String, Path> files = new TreeMap<>();
        files.put(INDEX_CSV, csv);
        List<Path> listed;
        try {
            listed = org.hillmix.core.data.IndexCsvReader.listedFiles(csv);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("dataset.path: " + e.getMessage(), e);
        }
        for (Path f : listed) {
            if (!f.startsWith(base) || f.equals(csv)) {
                throw new IllegalArgumentException("dataset.path: " + csv + " lists " + f + ", which is not in its "
                        + "folder or below; only such images can be uploaded with it");
            }
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("dataset.path: " + csv + " lists " + f + ", which does not exist");
            }
            StringBuilder rel = new StringBuilder();
            for (Path part : base.relativize(f)) {
                rel.append(rel.isEmpty() ? "" : "/").append(part);
            }
            files.put(rel.toString(), f);
        }
        return new Source("dataset", Kind.DATA_FILES, csv, null, files);
    }

    private static Source published(Path baseDir, JsonNode entry, String field, String file, String format) {
        Path dir = existing(baseDir, entry, "dir", field, true);
        Path f = dir.resolve(file);
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException(field + ".dir: " + dir + " holds no " + file);
        }
        return new Source(field, Kind.LABEL_FILE, f, format);
    }

    /** The file ({@code folder} false), folder (true) or either (null) named by {@code entry.key}. */
    private static Path existing(Path baseDir, JsonNode entry, String key, String field, Boolean folder) {
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
        boolean found = folder == null ? Files.exists(p) : folder ? Files.isDirectory(p) : Files.isRegularFile(p);
        if (!found) {
            throw new IllegalArgumentException(field + "." + key + ": no such "
                    + (folder == null ? "file or folder" : folder ? "folder" : "file") + ": " + p);
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
