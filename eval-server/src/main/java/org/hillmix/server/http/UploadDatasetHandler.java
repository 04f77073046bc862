package org.hillmix.server.http;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.hillmix.server.datasets.DatasetException;
import org.hillmix.server.datasets.DatasetInfo;
import org.hillmix.server.datasets.DatasetStore;

/**
 * {@code POST /api/v1/datasets?name=...}: imports a zip, tar or tar.gz archive of an image folder (body; any
 * archive media type or {@code application/octet-stream}). Answers 201 with the data set and its
 * {@code Location}; 400 for an unreadable or unsafe archive or a bad layout; 409 when the id is taken; 413 when
 * the upload or its extracted contents are too large; 422 naming images that cannot be decoded; 429 while
 * {@link #CONCURRENT} uploads are being processed.
 *
 * <p>The body is spooled to a temporary file (bounded by the upload limit) before extraction starts, so a slow
 * client cannot hold a half-extracted folder open.
 */
public final class UploadDatasetHandler extends ApiHandler {

    /** Uploads processed at the same time; extraction and decoding are disk- and CPU-heavy. */
    public static final int CONCURRENT = 2;

    private final DatasetStore datasets;
    private final Semaphore slots;

    /** Imports into {@code datasets}. */
    public UploadDatasetHandler(DatasetStore datasets) {
        this(datasets, new Semaphore(CONCURRENT));
    }

    /** Imports into {@code datasets}, taking one of {@code slots} per upload (shared with label-set uploads). */
    public UploadDatasetHandler(DatasetStore datasets, Semaphore slots) {
        this.datasets = datasets;
        this.slots = slots;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        String name = ex.query("name");
        if (name == null || name.isBlank()) {
            throw ProblemException.badParameter("name", "query parameter 'name' is required: the data set's name, "
                    + "e.g. POST /api/v1/datasets?name=my-images");
        }
        if (!slots.tryAcquire()) {
            throw new ProblemException(Problem.of("too-many-uploads", "Too many uploads", 429, CONCURRENT
                    + " uploads are being processed; retry shortly"), Map.of("Retry-After", "10"));
        }
        Path spool = null;
        try {
            spool = Files.createTempFile(datasets.root(), ".incoming-", ".archive");
            try (OutputStream out = Files.newOutputStream(spool)) {
                ex.copyBody(out, datasets.limits().maxUploadBytes(), "a data-set upload");
            }
            DatasetInfo info;
            try {
                info = datasets.upload(name, spool);
            } catch (DatasetException e) {
                throw problem(e);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badParameter("name", e.getMessage());
            }
            ex.header("Location", "/api/v1/datasets/" + info.id());
            ex.json(201, info);
        } finally {
            slots.release();
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        }
    }

    static ProblemException problem(DatasetException e) {
        Problem p = switch (e.kind()) {
            case INVALID_ARCHIVE -> Problem.of("invalid-archive", "Invalid archive", 400, e.getMessage());
            case UNSAFE_ARCHIVE -> Problem.of("unsafe-archive", "Unsafe archive", 400, e.getMessage());
            case TOO_LARGE -> Problem.of("archive-too-large", "Archive expands too much", 413, e.getMessage());
            case CORRUPT_IMAGES -> Problem.of("corrupt-images", "Images cannot be decoded", 422, e.getMessage());
            case CONFLICT -> Problem.of("conflict", "Conflict with the resource's state", 409, e.getMessage());
        };
        return new ProblemException(e.files().isEmpty() ? p : p.with("files", e.files()));
    }
}
