package org.hillmix.core.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of data set HILLmix trains and labels on: the {@code dataset.kind} of a job configuration
 * (docs/job-config.md), the {@code kind} of a server data set ({@code GET /api/v1/datasets}) and the reader a
 * project's descriptor names. A project can start from the four file formats only (see {@link #projectId()});
 * the others exist for evaluation jobs.
 */
public enum DatasetKind {
    /** Procedural images generated in process. */
    SYNTHETIC("synthetic", null),
    /** One sub-folder per class holding images ({@code ImageFolderReader}). */
    IMAGE_FOLDER("image-folder", "image-folder"),
    /** A CSV index of image files and labels ({@code IndexCsvReader}). */
    INDEX_CSV("index-csv", "index-csv"),
    /** CIFAR-10 binary batch files ({@code Cifar10BinaryReader}); project descriptors spell it {@code cifar10-binary}. */
    CIFAR_BINARY("cifar-binary", "cifar10-binary"),
    /** An IDX image file with its label file ({@code IdxReader}). */
    IDX("idx", "idx"),
    /** The CIFAR-10 test subset of the shared data folder. */
    SHARED_CIFAR10("shared-cifar10", null),
    /** A data set uploaded to or placed on the evaluation server. */
    SERVER("server", null);

    private final String id;
    private final String projectId;

    DatasetKind(String id, String projectId) {
        this.id = id;
        this.projectId = projectId;
    }

    /** The identifier in job configurations and server data-set listings. */
    public String id() {
        return id;
    }

    /**
     * The identifier in a project descriptor ({@code hillmix-project.json}), or {@code null} when a project
     * cannot start from this kind. Differs from {@link #id()} only for {@link #CIFAR_BINARY}, whose descriptor
     * spelling predates the job format; both formats are public, so both spellings stay.
     */
    public String projectId() {
        return projectId;
    }

    /** Whether a project can start from this kind. */
    public boolean isProjectSource() {
        return projectId != null;
    }

    /** The kinds a project can start from, in the order the workbench offers them. */
    public static List<DatasetKind> projectSources() {
        return List.of(IMAGE_FOLDER, CIFAR_BINARY, IDX, INDEX_CSV);
    }

    /**
     * The project-source kind spelled {@code projectId} in a descriptor (case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException listing the known kinds
     */
    public static DatasetKind fromProjectId(String projectId) {
        String wanted = projectId == null ? "" : projectId.trim().toLowerCase(Locale.ROOT);
        for (DatasetKind k : projectSources()) {
            if (k.projectId.equals(wanted)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown data set kind '" + projectId + "'; expected "
                + String.join(", ", projectSources().stream().map(DatasetKind::projectId).toList()));
    }

    /**
     * The kind with job-config identifier {@code id}.
     *
     * @throws IllegalArgumentException listing the known kinds
     */
    public static DatasetKind fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown data set kind '" + id + "'; expected one of "
                        + String.join(", ", Arrays.stream(values()).map(DatasetKind::id).toList())));
    }

    /** The job-config identifier. */
    @Override
    public String toString() {
        return id;
    }
}
