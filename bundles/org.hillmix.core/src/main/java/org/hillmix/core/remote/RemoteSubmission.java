package org.hillmix.core.remote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hillmix.core.evaluation.ContractJson;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Makes a job configuration that names local files runnable on a server that cannot read them: uploads each
 * {@link LocalSources local source} the server does not hold yet and points the configuration at the uploads.
 *
 * <p>Nothing is sent twice: a label file is named by the SHA-256 of its bytes and a data set by a hash of its files
 * ({@link FolderArchive#contentHash}), and the client asks the server for that id before uploading. A project whose
 * journals did not change since the last evaluation therefore uploads nothing.
 */
public final class RemoteSubmission {

    /**
     * A configuration ready for the server.
     *
     * @param config the configuration with local sources replaced by server references
     * @param uploads what happened to each local source
     */
    public record Prepared(ObjectNode config, List<UploadResult> uploads) {
        /** The configuration as JSON text, ready for {@link EvaluationClient#submit(String)}. */
        public String configJson() {
            return config.toString();
        }

        /** How many sources were actually sent. */
        public long uploadedCount() {
            return uploads.stream().filter(UploadResult::uploaded).count();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RemoteSubmission() {
    }

    /**
     * Uploads what the server lacks for {@code config} (as {@link ContractJson} writes it, e.g. a project's job
     * from {@link EvaluationJobs#forProject}) and rewrites it; see {@link #prepare(EvaluationClient, JsonNode, Path,
     * ProgressMonitor)}.
     */
    public static Prepared prepare(EvaluationClient client, JobConfig config, Path baseDir, ProgressMonitor monitor)
            throws IOException {
        return prepare(client, MAPPER.readTree(ContractJson.write(config)), baseDir, monitor);
    }

    /**
     * Uploads what the server lacks and rewrites {@code config}.
     *
     * @param baseDir what relative paths in {@code config} are resolved against
     * @throws IllegalArgumentException naming the field when a local source is missing or cannot be uploaded
     * @throws EvaluationServerException when the server refuses an upload (its detail names file and line)
     */
    public static Prepared prepare(EvaluationClient client, JsonNode config, Path baseDir, ProgressMonitor monitor)
            throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        List<LocalSources.Source> sources = LocalSources.find(config, baseDir);
        pm.begin("Uploading to " + client.base(), sources.size());
        Map<String, String> ids = new LinkedHashMap<>();
        List<UploadResult> results = new ArrayList<>();
        for (LocalSources.Source s : sources) {
            pm.checkCancelled();
            pm.subTask(s.field() + ": " + s.path().getFileName());
            UploadResult r = switch (s.kind()) {
                case IMAGE_FOLDER, DATA_FILES -> dataset(client, s, pm);
                case LABEL_FILE -> labelSet(client, s);
            };
            ids.put(s.field(), r.id());
            results.add(r);
            pm.worked(1);
        }
        pm.done();
        return new Prepared(LocalSources.rewrite(config, ids), List.copyOf(results));
    }

    private static UploadResult labelSet(EvaluationClient client, LocalSources.Source s) throws IOException {
        String sha = sha256(s.path());
        if (client.hasLabelSet(sha)) {
            return new UploadResult(s.field(), sha, false, 0);
        }
        String id = client.uploadLabelSet(s.path(), s.format());
        return new UploadResult(s.field(), id, true, Files.size(s.path()));
    }

    private static UploadResult dataset(EvaluationClient client, LocalSources.Source s, ProgressMonitor pm)
            throws IOException {
        FolderArchive archive = s.kind() == LocalSources.Kind.IMAGE_FOLDER ? FolderArchive.of(s.path())
                : FolderArchive.ofFiles(String.valueOf(s.path().getFileName()), s.files());
        String id = datasetId(s.path(), archive.contentHash(ProgressMonitor.NULL));
        if (client.hasDataset(id)) {
            return new UploadResult(s.field(), id, false, 0);
        }
        String stored = client.uploadDataset(id, archive, new Cancellable(pm));
        return new UploadResult(s.field(), stored, true, archive.bytes());
    }

    /** Passes only cancellation on: the upload's own begin/worked would restart the caller's task. */
    private record Cancellable(ProgressMonitor outer) implements ProgressMonitor {
        @Override
        public void begin(String task, long totalWork) {
        }

        @Override
        public void worked(long units) {
        }

        @Override
        public boolean isCancelled() {
            return outer.isCancelled();
        }
    }

    /**
     * The server id of an image folder with content hash {@code hash}: the folder's name (lower case, other
     * characters as {@code -}, at most 40) and 16 hex digits of the hash, e.g. {@code pets-3f9a1c0b22de4a71}. It is
     * also the upload's name, which the server turns into the same id.
     */
    static String datasetId(Path folder, String hash) {
        Path name = folder.getFileName();
        String slug = (name == null ? "" : name.toString()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+|[-._]+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("[-._]+$", "");
        }
        return (slug.isEmpty() ? "data" : slug) + "-" + hash.substring(0, 16);
    }

    /** The SHA-256 of a file's bytes, in lower-case hex: a label set's id. */
    public static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
