package org.hillmix.server.labelsets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The server's uploaded label sets: one folder per label set under {@code <data-dir>/labelsets/<sha256>/}, holding
 * the file in the layout its {@link LabelSetFormat} is read from and a {@code labelset.json} describing it.
 *
 * <p>Label sets are content-addressed: the id is the SHA-256 of the uploaded bytes, so uploading the same bytes
 * again stores nothing new (it only counts as a use, see {@link #touch(String)}), and a client can ask
 * {@code GET /api/v1/labelsets/<sha256>} before sending anything. An upload is validated and written to a hidden
 * folder, forced to disk and renamed into place in one atomic move: a label set is complete or absent.
 *
 * <p>{@link #sweep(Duration, Set)} removes label sets not used for a while that no queued or running job needs.
 */
public final class LabelSetStore {

    /** A label set's id: a SHA-256 in lower-case hex. */
    public static final Pattern ID = Pattern.compile("[0-9a-f]{64}");
    /** The description file in each label set's folder. */
    static final String META = "labelset.json";

    private static final Logger LOG = Logger.getLogger(LabelSetStore.class.getName());
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._()+-]{1,100}");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Hidden work folders older than this are left-overs of a crash and are removed by {@link #sweep}. */
    private static final Duration STALE_WORK = Duration.ofHours(1);

    private final Path root;
    private final int maxCount;
    private final Clock clock;
    /** Guards the folder set, the use times and the pins: adding, touching, pinning, deleting and sweeping. */
    private final Object lock = new Object();
    /**
     * Label sets that job submissions in progress have found and not yet released ({@link #use}), with how many
     * submissions hold each: between a submission's check and the moment its job is stored, the job is in no list
     * that {@code needed} reads, so these pins are what keeps a delete from removing a label set under it.
     */
    private final Map<String, Integer> pins = new HashMap<>(); // guarded by lock

    /** The result of {@link #put}: the label set and whether this upload created it. */
    public record Stored(LabelSetInfo info, boolean created) {
    }

    /**
     * A store over {@code root} (created if missing).
     *
     * @param maxCount most label sets kept at once
     */
    public LabelSetStore(Path root, int maxCount, Clock clock) throws IOException {
        this.root = Files.createDirectories(root).toRealPath();
        this.maxCount = maxCount;
        this.clock = clock;
    }

    /** The folder holding the label sets. */
    public Path root() {
        return root;
    }

    /** The id of {@code file}'s bytes: their SHA-256 in lower-case hex. */
    public static String idOf(Path file) throws IOException {
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

    /** Whether {@code name} is acceptable as a label set's display name. */
    public static boolean isName(String name) {
        // "." and ".." would name folders, not a file of the upload
        return name != null && NAME.matcher(name).matches() && !name.matches("\\.+");
    }

    /**
     * Stores the label file {@code file} (which is moved into the store when it is new).
     *
     * @param name the client's file name, for display
     * @param format the format the client named, or null to detect it from the content
     * @throws LabelSetException when the format cannot be told, the content is invalid for it, the same bytes are
     *         stored under another format, or the store is full
     * @throws IOException when writing fails
     */
    public Stored put(Path file, String name, LabelSetFormat format) throws IOException {
        String id = idOf(file);
        Optional<Stored> existing = existing(id, format);
        if (existing.isPresent()) {
            return existing.get();
        }
        LabelSetFormat f = format != null ? format : FormatDetector.detect(file).orElseThrow(() ->
                new LabelSetException(LabelSetException.Kind.UNKNOWN_FORMAT, "cannot tell the format of '" + name
                        + "' from its content; name it with ?format= (one of " + LabelSetFormat.names() + ")"));
        long records = LabelSetValidator.validate(f, file);
        checkRoom();
        Path work = Files.createTempDirectory(root, ".upload-");
        try {
            Path target = work.resolve(f.file());
            Files.createDirectories(target.getParent());
            Files.move(file, target);
            force(target, false);
            String now = clock.instant().toString();
            LabelSetInfo info = new LabelSetInfo(id, name, f.id(), f.labelKind(), Files.size(target), records, now,
                    now, null);
            writeMeta(work, info);
            forceTree(work);
            synchronized (lock) {
                existing = existing(id, format);
                if (existing.isPresent()) {
                    return existing.get();
                }
                checkRoom();
                try {
                    Files.move(work, root.resolve(id), StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                    return existing(id, format).orElseThrow(() -> e);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IOException("the label-set folder " + root + " does not support atomic renames", e);
                }
                force(root, true);
            }
            return new Stored(read(id).orElseThrow(), true);
        } finally {
            if (Files.exists(work, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(work);
            }
        }
    }

    /** The stored label set {@code id} (counted as a use), checked against the format the client named. */
    private Optional<Stored> existing(String id, LabelSetFormat format) throws IOException {
        synchronized (lock) {
            Optional<LabelSetInfo> info = read(id);
            if (info.isEmpty()) {
                return Optional.empty();
            }
            if (format != null && !format.id().equals(info.get().format())) {
                throw new LabelSetException(LabelSetException.Kind.CONFLICT, "these bytes are stored already as "
                        + "label set " + id + " in format '" + info.get().format() + "', not '" + format.id() + "'");
            }
            return Optional.of(new Stored(touch(id).orElseThrow(), false));
        }
    }

    private void checkRoom() throws IOException {
        int count = list().size();
        if (count >= maxCount) {
            throw new LabelSetException(LabelSetException.Kind.FULL, "the server holds " + count + " label sets, "
                    + "its limit; delete unused ones (DELETE /api/v1/labelsets/{id}) or ask the operator to raise it");
        }
    }

    /** Every label set, oldest upload first. */
    public List<LabelSetInfo> list() throws IOException {
        List<LabelSetInfo> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.sorted().toList()) {
                String id = p.getFileName().toString();
                if (ID.matcher(id).matches()) {
                    read(id).ifPresent(out::add);
                }
            }
        }
        out.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
        return out;
    }

    /** The label set with this id. */
    public Optional<LabelSetInfo> find(String id) throws IOException {
        return id != null && ID.matcher(id).matches() ? read(id) : Optional.empty();
    }

    /** Records a use of label set {@code id} now (retention counts from the last use); the updated label set. */
    public Optional<LabelSetInfo> touch(String id) throws IOException {
        synchronized (lock) {
            Optional<LabelSetInfo> info = find(id);
            if (info.isEmpty()) {
                return info;
            }
            LabelSetInfo i = info.get();
            LabelSetInfo used = new LabelSetInfo(i.id(), i.name(), i.format(), i.labelKind(), i.bytes(), i.records(),
                    i.createdAt(), clock.instant().toString(), i.spec());
            writeMeta(root.resolve(id), used);
            return Optional.of(used);
        }
    }

    /**
     * A job submission's use of label set {@code id}: records the use ({@link #touch}) and pins the label set, so
     * that no {@link #delete} removes it until the submission {@link #release releases} it, which it does once its
     * job is stored (from then on the job's configuration names it) or refused.
     *
     * @return the label set, or empty (and nothing pinned) when there is none
     */
    public Optional<LabelSetInfo> use(String id) throws IOException {
        synchronized (lock) {
            Optional<LabelSetInfo> info = touch(id);
            info.ifPresent(i -> pins.merge(i.id(), 1, Integer::sum));
            return info;
        }
    }

    /** Releases one pin of each of {@code ids} taken by {@link #use}. */
    public void release(Collection<String> ids) {
        synchronized (lock) {
            for (String id : ids) {
                pins.computeIfPresent(id, (k, n) -> n > 1 ? n - 1 : null);
            }
        }
    }

    /**
     * Removes label set {@code id}.
     *
     * @param needed ids that queued or running jobs refer to
     * @return whether it existed
     * @throws LabelSetException of kind {@link LabelSetException.Kind#IN_USE} when {@code needed} holds it
     */
    public boolean delete(String id, Set<String> needed) throws IOException {
        return delete(id, () -> needed);
    }

    /**
     * Removes label set {@code id} unless a job needs it, as one step: {@code needed} is asked while this store is
     * locked, so no submission can find the label set between the check and the removal, and a submission that
     * found it before (and has not stored its job yet) holds a pin ({@link #use}) that refuses the delete.
     *
     * @param needed the ids queued or running jobs refer to (read from the job store)
     * @return whether it existed
     * @throws LabelSetException of kind {@link LabelSetException.Kind#IN_USE} when a queued or running job or a
     *         submission in progress refers to it
     */
    public boolean delete(String id, Callable<Set<String>> needed) throws IOException {
        synchronized (lock) {
            if (find(id).isEmpty()) {
                return false;
            }
            if (pins.containsKey(id)) {
                throw new LabelSetException(LabelSetException.Kind.IN_USE, "label set " + id + " is named by a job "
                        + "being submitted right now; cancel the job or wait for it to finish");
            }
            Set<String> inUse;
            try {
                inUse = needed.call();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("cannot read which jobs need label set " + id + ": " + e.getMessage(), e);
            }
            if (inUse.contains(id)) {
                throw new LabelSetException(LabelSetException.Kind.IN_USE, "label set " + id + " is needed by a "
                        + "queued or running job; cancel the job or wait for it to finish");
            }
            remove(id);
            return true;
        }
    }

    /**
     * Removes label sets whose last use is longer ago than {@code retention} and that no job in {@code needed}
     * refers to, and work folders left by a crash.
     *
     * @return the ids removed
     */
    public List<String> sweep(Duration retention, Set<String> needed) throws IOException {
        Instant now = clock.instant();
        List<String> removed = new ArrayList<>();
        synchronized (lock) {
            for (LabelSetInfo info : list()) {
                if (needed.contains(info.id()) || pins.containsKey(info.id())) {
                    continue;
                }
                Instant lastUsed;
                try {
                    lastUsed = Instant.parse(info.lastUsedAt());
                } catch (DateTimeParseException | NullPointerException e) {
                    lastUsed = Instant.EPOCH;
                }
                if (lastUsed.plus(retention).isBefore(now)) {
                    remove(info.id());
                    removed.add(info.id());
                }
            }
            try (Stream<Path> s = Files.list(root)) {
                for (Path p : s.toList()) {
                    if (p.getFileName().toString().startsWith(".") && Files.getLastModifiedTime(p,
                            LinkOption.NOFOLLOW_LINKS).toInstant().plus(STALE_WORK).isBefore(now)) {
                        deleteTree(p);
                    }
                }
            }
        }
        if (!removed.isEmpty()) {
            LOG.info("removed " + removed.size() + " label sets unused for " + retention + ": " + removed);
        }
        return removed;
    }

    /** Renames the folder out of sight first, so that a crash mid-delete leaves no half label set under its id. */
    private void remove(String id) throws IOException {
        Path gone = root.resolve(".deleting-" + id);
        if (Files.exists(gone, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(gone);
        }
        Files.move(root.resolve(id), gone, StandardCopyOption.ATOMIC_MOVE);
        force(root, true);
        deleteTree(gone);
    }

    private Optional<LabelSetInfo> read(String id) throws IOException {
        Path dir = root.resolve(id);
        Path meta = dir.resolve(META);
        JsonNode m;
        try {
            m = MAPPER.readTree(meta.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return Optional.empty();
        }
        Optional<LabelSetFormat> format = LabelSetFormat.of(m.path("format").asText());
        if (format.isEmpty()) {
            throw new IOException(meta + " names an unknown format '" + m.path("format").asText() + "'");
        }
        return Optional.of(new LabelSetInfo(id, m.path("name").asText(id), format.get().id(),
                format.get().labelKind(), m.path("bytes").asLong(), m.path("records").asLong(),
                m.path("createdAt").asText(null), m.path("lastUsedAt").asText(null), format.get().spec(dir)));
    }

    private static void writeMeta(Path dir, LabelSetInfo info) throws IOException {
        ObjectNode meta = MAPPER.createObjectNode();
        meta.put("id", info.id());
        meta.put("name", info.name());
        meta.put("format", info.format());
        meta.put("bytes", info.bytes());
        meta.put("records", info.records());
        meta.put("createdAt", info.createdAt());
        meta.put("lastUsedAt", info.lastUsedAt());
        Path tmp = dir.resolve("." + META + ".tmp");
        Files.write(tmp, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
        force(tmp, false);
        Files.move(tmp, dir.resolve(META), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        force(dir, true);
    }

    /** Forces every file and folder below {@code top} to disk. */
    private static void forceTree(Path top) throws IOException {
        try (Stream<Path> s = Files.walk(top)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                force(p, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
            }
        }
    }

    /**
     * Forces a file's content, or a folder's entries, to the storage device. Folders cannot be opened for
     * forcing on every system (Windows); there the rename's own guarantees are all there is.
     */
    private static void force(Path p, boolean directory) throws IOException {
        try (FileChannel ch = FileChannel.open(p, directory ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            if (!directory) {
                throw e;
            }
        }
    }

    /** Deletes a folder tree without following links. */
    static void deleteTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
