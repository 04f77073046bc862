package org.hillmix.server.http;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.hillmix.server.labelsets.LabelSetException;
import org.hillmix.server.labelsets.LabelSetFormat;
import org.hillmix.server.labelsets.LabelSetStore;

/**
 * {@code POST /api/v1/labelsets[?format=...][&name=...]}: stores a label file (the body, any media type). The
 * format is {@code ?format=} or detected from the content. Answers 201 with the label set and its {@code Location}
 * when new, 200 with the stored one when the same bytes are there already (nothing is stored twice); 400 for an
 * unknown format or name; 409 when the same bytes are stored under another format; 413 when the body is larger
 * than the upload limit; 422 naming the line (or offset) of invalid content; 429 while the uploads slots are
 * taken; 507 when the store is full.
 */
public final class UploadLabelSetHandler extends ApiHandler {

    private final LabelSetStore labelSets;
    private final long maxBytes;
    private final Semaphore slots;

    /**
     * Stores into {@code labelSets}.
     *
     * @param maxBytes largest accepted body (the data-set upload limit)
     * @param slots uploads processed at once, shared with data-set uploads
     */
    public UploadLabelSetHandler(LabelSetStore labelSets, long maxBytes, Semaphore slots) {
        this.labelSets = labelSets;
        this.maxBytes = maxBytes;
        this.slots = slots;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        String formatName = ex.query("format");
        LabelSetFormat format = null;
        if (formatName != null && !formatName.isEmpty()) {
            format = LabelSetFormat.of(formatName).orElseThrow(() -> ProblemException.badParameter("format",
                    "unknown format '" + formatName + "'; use one of " + LabelSetFormat.names()
                            + ", or leave it out to detect it from the content"));
        }
        String name = ex.query("name");
        if (name == null || name.isEmpty()) {
            name = "upload";
        } else if (!LabelSetStore.isName(name)) {
            throw ProblemException.badParameter("name", "name must be 1-100 letters, digits, spaces or . _ ( ) + -, "
                    + "got '" + name + "'");
        }
        if (!slots.tryAcquire()) {
            throw new ProblemException(Problem.of("too-many-uploads", "Too many uploads", 429,
                    UploadDatasetHandler.CONCURRENT + " uploads are being processed; retry shortly"),
                    Map.of("Retry-After", "10"));
        }
        Path spool = null;
        try {
            // The readers name the file in their messages, so the spooled copy carries the client's name.
            spool = Files.createTempDirectory(labelSets.root(), ".incoming-");
            Path file = spool.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                ex.copyBody(out, maxBytes, "a label-set upload");
            }
            LabelSetStore.Stored stored;
            try {
                stored = labelSets.put(file, name, format);
            } catch (LabelSetException e) {
                throw problem(e);
            }
            ex.header("Location", "/api/v1/labelsets/" + stored.info().id());
            ex.json(stored.created() ? 201 : 200, stored.info());
        } finally {
            slots.release();
            if (spool != null && Files.exists(spool, LinkOption.NOFOLLOW_LINKS)) {
                try (var s = Files.list(spool)) {
                    for (Path p : s.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(spool);
            }
        }
    }

    static ProblemException problem(LabelSetException e) {
        Problem p = switch (e.kind()) {
            case UNKNOWN_FORMAT -> Problem.of("unknown-format", "Unknown label-set format", 400, e.getMessage())
                    .with("parameter", "format");
            case INVALID -> Problem.of("invalid-labelset", "Invalid label set", 422, e.getMessage());
            case CONFLICT, IN_USE -> Problem.of("conflict", "Conflict with the resource's state", 409, e.getMessage());
            case FULL -> Problem.of("storage-full", "Too many label sets stored", 507, e.getMessage());
        };
        return new ProblemException(p);
    }
}
