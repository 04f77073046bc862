package org.hillmix.core.evaluation;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Where a job's images come from; the JSON property {@code kind} selects the variant (see docs/job-config.md).
 * Relative paths are resolved against the runner's base directory (the working directory for the CLI).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DatasetSpec.Synthetic.class, name = "synthetic"),
    @JsonSubTypes.Type(value = DatasetSpec.ImageFolder.class, name = "image-folder"),
    @JsonSubTypes.Type(value = DatasetSpec.IndexCsv.class, name = "index-csv"),
    @JsonSubTypes.Type(value = DatasetSpec.CifarBinary.class, name = "cifar-binary"),
    @JsonSubTypes.Type(value = DatasetSpec.Idx.class, name = "idx"),
    @JsonSubTypes.Type(value = DatasetSpec.SharedCifar10.class, name = "shared-cifar10"),
    @JsonSubTypes.Type(value = DatasetSpec.Server.class, name = "server"),
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface DatasetSpec {

    /** The kind of this variant; its {@link DatasetKind#id()} is the JSON {@code kind}. */
    @JsonIgnore
    DatasetKind kind();

    /**
     * The file-valued fields, by JSON name, in order ({@code path}, {@code images} and {@code labels}, {@code dir});
     * empty for data sets that name no files. Each is required; the server checks each against its path policy.
     */
    @JsonIgnore
    default Map<String, String> files() {
        return Map.of();
    }

    /**
     * Checks the fields, recording problems under {@code path} (e.g. {@code "dataset"}): every {@link #files()}
     * entry must be given, and an optional {@code limit} must be at least 2.
     */
    default void validate(String path, ConfigErrors errors) {
        files().forEach((name, value) -> errors.text(value, path + "." + name));
        checkLimit(limitOrNull(), path, errors);
    }

    /**
     * At most this many items (a seeded, class-stratified sample), or {@code null} for all. Synthetic data sets
     * size themselves with {@code perClass} instead.
     */
    @JsonIgnore
    default Integer limitOrNull() {
        return null;
    }

    /** Checks an optional {@code limit}. */
    private static void checkLimit(Integer limit, String path, ConfigErrors errors) {
        if (limit != null && limit < 2) {
            errors.add(path + ".limit must be >= 2, got " + limit);
        }
    }

    /**
     * Procedural images generated in process (see {@code SyntheticImages}).
     *
     * @param classes number of classes, 2-10
     * @param perClass images per class (by hard label), >= 2
     * @param imageSize side of the square RGB images in pixels, 8-128
     * @param ambiguity fraction of images that are blends of two class prototypes, 0-1
     * @param noise standard deviation of the pixel noise, 0-1 (default 0.25)
     * @param seed generator seed
     */
    record Synthetic(Integer classes, Integer perClass, Integer imageSize, Double ambiguity, Double noise,
            Long seed) implements DatasetSpec {

        /** Most classes the generator can draw. */
        public static final int MAX_CLASSES = 10;

        /** Fills defaults: 4 classes, 250 per class, 32 px, ambiguity 0.35, noise 0.25, seed 7. */
        public Synthetic {
            classes = classes == null ? 4 : classes;
            perClass = perClass == null ? 250 : perClass;
            imageSize = imageSize == null ? 32 : imageSize;
            ambiguity = ambiguity == null ? 0.35 : ambiguity;
            noise = noise == null ? 0.25 : noise;
            seed = seed == null ? 7L : seed;
        }

        @Override
        public DatasetKind kind() {
            return DatasetKind.SYNTHETIC;
        }

        @Override
        public void validate(String path, ConfigErrors errors) {
            errors.range(classes, 2, MAX_CLASSES, path + ".classes");
            errors.range(perClass, 2, 1_000_000, path + ".perClass");
            errors.range(imageSize, 8, 128, path + ".imageSize");
            errors.range(ambiguity, 0, 1, path + ".ambiguity");
            errors.range(noise, 0, 1, path + ".noise");
        }
    }

    /** A folder with one sub-folder of images per class. */
    record ImageFolder(String path, Integer limit) implements DatasetSpec {
        @Override
        public DatasetKind kind() {
            return DatasetKind.IMAGE_FOLDER;
        }

        @Override
        public Integer limitOrNull() {
            return limit;
        }

        @Override
        public Map<String, String> files() {
            return FileFields.of("path", path);
        }
    }

    /** An index CSV ({@code file,label} columns at least) with image files relative to it. */
    record IndexCsv(String path, Integer limit) implements DatasetSpec {
        @Override
        public DatasetKind kind() {
            return DatasetKind.INDEX_CSV;
        }

        @Override
        public Integer limitOrNull() {
            return limit;
        }

        @Override
        public Map<String, String> files() {
            return FileFields.of("path", path);
        }
    }

    /** A CIFAR-10 binary batch file (or a folder of them). */
    record CifarBinary(String path, Integer limit) implements DatasetSpec {
        @Override
        public DatasetKind kind() {
            return DatasetKind.CIFAR_BINARY;
        }

        @Override
        public Integer limitOrNull() {
            return limit;
        }

        @Override
        public Map<String, String> files() {
            return FileFields.of("path", path);
        }
    }

    /** MNIST-style IDX files: an image file and a label file. */
    record Idx(String images, String labels, Integer limit) implements DatasetSpec {
        @Override
        public DatasetKind kind() {
            return DatasetKind.IDX;
        }

        @Override
        public Integer limitOrNull() {
            return limit;
        }

        @Override
        public Map<String, String> files() {
            return FileFields.of("images", images, "labels", labels);
        }
    }

    /**
     * The CIFAR-10 test-subset images of the shared data folder ({@code <dir>/cifar10-test-subset}); item ids are
     * CIFAR-10 test indices, so CIFAR-10S, CIFAR-10H and H-Mix labels attach to them.
     *
     * @param dir the shared data folder (the one holding {@code cifar10-test-subset/})
     * @param labelledOnly keep only images that some label source labels (default true)
     * @param limit optional cap on the number of images
     */
    record SharedCifar10(String dir, Boolean labelledOnly, Integer limit) implements DatasetSpec {
        /** Fills the default {@code labelledOnly = true}. */
        public SharedCifar10 {
            labelledOnly = labelledOnly == null ? Boolean.TRUE : labelledOnly;
        }

        @Override
        public DatasetKind kind() {
            return DatasetKind.SHARED_CIFAR10;
        }

        @Override
        public Integer limitOrNull() {
            return limit;
        }

        @Override
        public Map<String, String> files() {
            return FileFields.of("dir", dir);
        }
    }

    /**
     * A data set uploaded to the server, resolved by the server to one of the other kinds before running; the
     * {@code limit} is carried over to that kind.
     *
     * @param id the data set's id on the server ({@code GET /api/v1/datasets})
     * @param limit optional cap on the number of images
     */
    record Server(String id, Integer limit) implements DatasetSpec {
        /** All of server data set {@code id}. */
        public Server(String id) {
            this(id, null);
        }

        @Override
        public DatasetKind kind() {
            return DatasetKind.SERVER;
        }

        @Override
        public Integer limitOrNull() {
            return limit;
        }

        @Override
        public void validate(String p, ConfigErrors errors) {
            errors.text(id, p + ".id"); // an id on the server, not a file
            DatasetSpec.super.validate(p, errors); // the limit
        }
    }
}
