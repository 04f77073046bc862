package org.hillmix.server.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hillmix.core.evaluation.DatasetKind;

/**
 * The server's data sets: one folder per data set under {@code <data-dir>/datasets/<id>/}.
 *
 * <p>A folder placed there by the operator may hold an image folder (one sub-folder of images per class), CIFAR
 * binary batches ({@code *.bin}, 3073-byte records) or an IDX pair ({@code *idx3-ubyte} images and
 * {@code *idx1-ubyte} labels). An uploaded data set is stored as {@code <id>/images/<class>/...} beside a
 * {@code dataset.json} describing it.
 *
 * <p>Uploads ({@link #upload(String, Path)}) are extracted by {@link ArchiveExtractor} into a hidden temporary
 * folder in the same directory, checked (layout; every image decoded), and then renamed into place in one atomic
 * move: a data set is either complete or absent, never half-written.
 */
public final class DatasetStore {

    /** Accepted data-set ids. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** Most corrupt images named in one error. */
    static final int MAX_NAMED = 50;

    /** Name prefix of a spooled upload body ({@code UploadDatasetHandler}); removed at start when left over. */
    public static final String SPOOL_PREFIX = ".incoming-";
    /** Name prefix of an upload's extraction folder; removed at start when left over. */
    static final String WORK_PREFIX = ".upload-";

    /** The folder of an upload holding data files rather than an image folder ({@code <id>/data/}). */
    static final String DATA = "data";
    /** The name an index CSV has at the root of an upload. */
    static final String INDEX_CSV = "index.csv";

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._()+-]{1,100}");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> JUNK = List.of("__MACOSX", ".DS_Store", "Thumbs.db", "desktop.ini");

    private final Path root;
    private final ExtractionLimits limits;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** A description, reused while the folder's time stamp is unchanged and it is younger than the TTL. */
    private record Cached(FileTime modified, long atNanos, DatasetInfo info) {
    }

    /** How long a description is reused: changes inside class folders do not touch the top folder's time stamp. */
    private static final long CACHE_TTL_NANOS = 30_000_000_000L;

    /** A store over {@code root} (created if missing). */
    public DatasetStore(Path root, ExtractionLimits limits, Clock clock) throws IOException {
        this.root = PrivateFiles.folder(root).toRealPath();
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Deletes what uploads cut off by a crash left behind: spooled request bodies ({@code .incoming-*}) and
     * extraction folders ({@code .upload-*}). Call it only at start, while holding the data directory (the server's
     * database lock), when no upload can be in progress.
     *
     * @return the names removed
     */
    public List<String> removeAbandonedUploads() throws IOException {
        return removeAbandonedUploads(root);
    }

    /**
     * {@link #removeAbandonedUploads()} for any folder uploads are spooled and extracted in the same way (the
     * label-set folder too).
     */
    public static List<String> removeAbandonedUploads(Path folder) throws IOException {
        List<String> removed = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(SPOOL_PREFIX) || name.startsWith(WORK_PREFIX)) {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        deleteTree(p);
                    } else {
                        Files.delete(p);
                    }
                    removed.add(name);
                }
            }
        }
        return removed;
    }

    /** The folder holding the data sets. */
    public Path root() {
        return root;
    }

    /** The limits uploads are held to. */
    public ExtractionLimits limits() {
        return limits;
    }

    /** Every data set, by id. */
    public List<DatasetInfo> list() throws IOException {
        List<DatasetInfo> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.sorted().toList()) {
                String id = p.getFileName().toString();
                if (ID.matcher(id).matches() && Files.isDirectory(p)) {
                    out.add(describe(id, p));
                }
            }
        }
        return out;
    }

    /** The data set with this id. */
    public Optional<DatasetInfo> find(String id) throws IOException {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path p = root.resolve(id);
        return Files.isDirectory(p) ? Optional.of(describe(id, p)) : Optional.empty();
    }

    /** The id an upload called {@code name} gets: lower case, runs of other characters as {@code -}. */
    public static String idFor(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+|[-._]+$", "");
        return slug.length() > 64 ? slug.substring(0, 64) : slug;
    }

    /**
     * Imports an uploaded archive of an image folder as data set {@link #idFor(String) idFor(name)}.
     *
     * @throws IllegalArgumentException when the name is not acceptable
     * @throws DatasetException when the archive is unusable (see {@link DatasetException.Kind}), or the id exists
     * @throws IOException when writing fails
     */
    public DatasetInfo upload(String name, Path archive) throws IOException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be 1-100 letters, digits, spaces or . _ ( ) + -, got "
                    + (name == null ? "nothing" : "'" + name + "'"));
        }
        String id = idFor(name);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("name '" + name + "' gives no usable id; use letters or digits");
        }
        if (Files.exists(root.resolve(id))) {
            throw conflict(id);
        }
        Path work = Files.createTempDirectory(root, WORK_PREFIX);
        try {
            Path extracted = Files.createDirectory(work.resolve("extracted"));
            new ArchiveExtractor(limits).extract(archive, extracted);
            removeJunk(extracted);
            DatasetKind fileKind = dataFilesKind(extracted);
            List<String> classes = null;
            if (fileKind != null) {
                // CIFAR-10 batches, an IDX pair or an index CSV at the archive's root: checked, kept as they are
                checkDataFiles(fileKind, extracted);
                Files.move(extracted, work.resolve(DATA));
            } else {
                Path images = imageRoot(extracted);
                classes = checkImageFolder(images);
                Files.move(images, work.resolve("images"));
                // With the classes at the archive's root, images was extracted itself and has just moved.
                if (Files.exists(extracted, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(extracted);
                }
            }
            ObjectNode meta = MAPPER.createObjectNode();
            meta.put("id", id);
            meta.put("name", name);
            meta.put("origin", "upload");
            meta.put("createdAt", clock.instant().toString());
            if (classes != null) {
                meta.putPOJO("classes", classes);
            }
            Files.writeString(work.resolve("dataset.json"), MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(meta));
            // Answered 201 next: the files on the device before the rename, and the rename before the answer.
            DurableFiles.forceTree(work);
            try {
                Files.move(work, root.resolve(id), StandardCopyOption.ATOMIC_MOVE);
                DurableFiles.forceFolder(root);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                throw conflict(id);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the data-set folder " + root + " does not support atomic renames", e);
            }
            cache.remove(id);
            return describe(id, root.resolve(id));
        } finally {
            if (Files.exists(work, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(work);
            }
        }
    }

    /**
     * The kind of an upload that holds data files rather than an image folder, from the files at its root: CIFAR-10
     * batches ({@code *.bin}), an IDX pair ({@code *idx3-ubyte} and {@code *idx1-ubyte}) or an index CSV
     * ({@value #INDEX_CSV}); null for anything else (an image folder, or a layout the image-folder check refuses).
     */
    private static DatasetKind dataFilesKind(Path root) throws IOException {
        List<String> names;
        try (Stream<Path> s = Files.list(root)) {
            names = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).toList();
        }
        if (names.contains(INDEX_CSV)) {
            return DatasetKind.INDEX_CSV;
        }
        if (names.stream().anyMatch(n -> n.endsWith(".bin"))) {
            return DatasetKind.CIFAR_BINARY;
        }
        if (names.stream().anyMatch(n -> n.contains("idx3-ubyte")) && names.stream().anyMatch(n -> n.contains("idx1-ubyte"))) {
            return DatasetKind.IDX;
        }
        return null;
    }

    /** Reads an upload of data files through the reader that jobs will use, so that a bad one is refused now. */
    private static void checkDataFiles(DatasetKind kind, Path root) throws IOException {
        List<Path> top;
        try (Stream<Path> s = Files.list(root)) {
            top = s.sorted().toList();
        }
        try {
            switch (kind) {
                case CIFAR_BINARY -> {
                    List<String> strays = top.stream().map(p -> p.getFileName().toString())
                            .filter(n -> !n.endsWith(".bin")).toList();
                    if (!strays.isEmpty()) {
                        throw new DatasetException(DatasetException.Kind.INVALID_ARCHIVE, "an upload of CIFAR-10 "
                                + "batches holds *.bin files only; found " + String.join(", ", strays), strays);
                    }
                    org.hillmix.core.data.Cifar10BinaryReader.read(top, org.hillmix.core.progress.ProgressMonitor.NULL);
                }
                case IDX -> {
                    if (top.size() != 2) {
                        throw new DatasetException(DatasetException.Kind.INVALID_ARCHIVE, "an upload of an IDX pair "
                                + "holds exactly two files (*idx3-ubyte images, *idx1-ubyte labels); found "
                                + top.size());
                    }
                    Path images = top.stream().filter(p -> p.getFileName().toString().contains("idx3-ubyte"))
                            .findFirst().orElseThrow();
                    Path labels = top.stream().filter(p -> p.getFileName().toString().contains("idx1-ubyte"))
                            .findFirst().orElseThrow();
                    org.hillmix.core.data.IdxReader.read(images, labels, org.hillmix.core.data.ClassSet.MNIST,
                            org.hillmix.core.progress.ProgressMonitor.NULL);
                }
                case INDEX_CSV -> org.hillmix.core.data.IndexCsvReader.read(root.resolve(INDEX_CSV), null,
                        org.hillmix.core.progress.ProgressMonitor.NULL);
                default -> throw new IllegalStateException("not a data-file kind: " + kind);
            }
        } catch (DatasetException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            // the readers name the file, record or row; their message is the refusal
            throw new DatasetException(DatasetException.Kind.INVALID_ARCHIVE, "the " + kind.id() + " upload cannot "
                    + "be read: " + e.getMessage());
        }
    }

    /**
     * The folder holding the class folders: the archive's root, or its single wrapping folder (e.g.
     * {@code mydata/cat/1.png}); removes OS junk files on the way. A second wrapping folder ({@code a/b/cat/1.png})
     * is refused: docs/server.md allows one, and guessing deeper would accept archives of unrelated folders.
     */
    private static Path imageRoot(Path extracted) throws IOException {
        Path wrapper = singleWrappingFolder(extracted);
        if (wrapper == null) {
            return extracted;
        }
        Path second = singleWrappingFolder(wrapper);
        if (second != null) {
            String nested = extracted.relativize(second).toString().replace('\\', '/') + "/";
            throw new DatasetException(DatasetException.Kind.INVALID_ARCHIVE, "the class folders lie under two "
                    + "wrapping folders (" + nested + "); put CLASS/IMAGE files at the archive's root or under one "
                    + "folder", List.of(nested));
        }
        return wrapper;
    }

    /** The only child of {@code dir} when it is a folder holding only folders (OS junk aside), else null. */
    private static Path singleWrappingFolder(Path dir) throws IOException {
        removeJunk(dir);
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.toList();
        }
        if (children.size() == 1 && Files.isDirectory(children.get(0), LinkOption.NOFOLLOW_LINKS)
                && hasOnlyFolders(children.get(0))) {
            return children.get(0);
        }
        return null;
    }

    private static boolean hasOnlyFolders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !JUNK.contains(p.getFileName().toString()))
                    .allMatch(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
        }
    }

    private static void removeJunk(Path dir) throws IOException {
        for (String j : JUNK) {
            Path p = dir.resolve(j);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(p);
            }
        }
    }

    /**
     * Checks the image-folder layout and decodes every image.
     *
     * @return the class names, sorted
     */
    private static List<String> checkImageFolder(Path images) throws IOException {
        List<String> classes = new ArrayList<>();
        List<String> corrupt = new ArrayList<>();
        List<String> strays = new ArrayList<>();
        int total = 0;
        try (Stream<Path> s = Files.list(images)) {
            for (Path c : s.sorted().toList()) {
                String cname = c.getFileName().toString();
                if (!Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)) {
                    strays.add(cname);
                    continue;
                }
                removeJunk(c);
                classes.add(cname);
                try (Stream<Path> files = Files.list(c)) {
                    for (Path f : files.sorted().toList()) {
                        String rel = cname + "/" + f.getFileName();
                        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                                || !ImageChecker.EXTENSIONS.contains(ArchiveExtractor.extension(f.getFileName().toString()))) {
                            strays.add(rel + (Files.isDirectory(f) ? "/" : ""));
                            continue;
                        }
                        total++;
                        String problem = ImageChecker.problem(f);
                        if (problem != null) {
                            corrupt.add(rel + " " + problem);
                        }
                    }
                }
            }
        }
        if (!strays.isEmpty()) {
            throw new DatasetException(DatasetException.Kind.INVALID_ARCHIVE, "an image folder holds one folder per "
                    + "class with image files (" + String.join(", ", ImageChecker.EXTENSIONS.stream().sorted().toList())
                    + ") and nothing else; found " + String.join(", ", strays.subList(0, Math.min(10, strays.size())))
                    + (strays.size() > 10 ? " and " + (strays.size() - 10) + " more" : ""), strays);
        }
        if (classes.size() < 2) {
            throw new DatasetException(DatasetException.Kind.INVALID_ARCHIVE, "an image folder needs at least two "
                    + "class folders, found " + classes.size() + (classes.isEmpty() ? "" : " (" + classes.get(0) + ")"));
        }
        if (total == 0) {
            throw new DatasetException(DatasetException.Kind.INVALID_ARCHIVE, "the class folders hold no images");
        }
        if (!corrupt.isEmpty()) {
            List<String> named = corrupt.subList(0, Math.min(MAX_NAMED, corrupt.size()));
            throw new DatasetException(DatasetException.Kind.CORRUPT_IMAGES, corrupt.size() + " of " + total
                    + " images cannot be used: " + String.join("; ", named.subList(0, Math.min(5, named.size())))
                    + (corrupt.size() > 5 ? "; ..." : ""), named);
        }
        return classes;
    }

    /** Describes a data-set folder (see {@link Cached}). */
    private DatasetInfo describe(String id, Path dir) throws IOException {
        FileTime modified = Files.getLastModifiedTime(dir);
        Cached c = cache.get(id);
        if (c != null && c.modified().equals(modified) && System.nanoTime() - c.atNanos() < CACHE_TTL_NANOS) {
            return c.info();
        }
        DatasetInfo info = detect(id, dir);
        cache.put(id, new Cached(modified, System.nanoTime(), info));
        return info;
    }

    private DatasetInfo detect(String id, Path dir) throws IOException {
        String name = id;
        String origin = "server";
        String createdAt = null;
        Path metaFile = dir.resolve("dataset.json");
        if (Files.isRegularFile(metaFile)) {
            try {
                JsonNode meta = MAPPER.readTree(metaFile.toFile());
                name = meta.path("name").asText(id);
                origin = meta.path("origin").asText("server");
                createdAt = meta.hasNonNull("createdAt") ? meta.get("createdAt").asText() : null;
            } catch (IOException e) {
                return new DatasetInfo(id, id, origin, null, null, 0, 0, null,
                        "dataset.json cannot be read: " + e.getMessage(), Map.of());
            }
        }
        Path images = Files.isDirectory(dir.resolve("images")) ? dir.resolve("images") : dir;
        // uploaded data files lie in data/, an operator's at the folder's top
        Path files = Files.isDirectory(dir.resolve(DATA)) ? dir.resolve(DATA) : dir;
        List<Path> top;
        try (Stream<Path> s = Files.list(files)) {
            top = s.filter(Files::isRegularFile).sorted().toList();
        }
        Path index = files.resolve(INDEX_CSV);
        if (files != dir && Files.isRegularFile(index)) {
            long[] size = {0, 0};
            try (Stream<Path> s = Files.walk(files)) {
                s.filter(Files::isRegularFile).filter(p -> !p.equals(index)).forEach(p -> {
                    size[0]++;
                    size[1] += p.toFile().length();
                });
            }
            Map<String, String> csv = new LinkedHashMap<>();
            csv.put("kind", DatasetKind.INDEX_CSV.id());
            csv.put("path", index.toString());
            return new DatasetInfo(id, name, origin, DatasetKind.INDEX_CSV.id(), null, size[0], size[1], createdAt,
                    null, csv);
        }
        List<Path> bins = top.stream().filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
        Optional<Path> idxImages = top.stream().filter(p -> p.getFileName().toString().contains("idx3-ubyte")).findFirst();
        Optional<Path> idxLabels = top.stream().filter(p -> p.getFileName().toString().contains("idx1-ubyte")).findFirst();
        Map<String, String> spec = new LinkedHashMap<>();
        if (!bins.isEmpty()) {
            long bytes = 0;
            for (Path b : bins) {
                long size = Files.size(b);
                if (size % 3073 != 0) {
                    return new DatasetInfo(id, name, origin, null, null, bins.size(), 0, createdAt, b.getFileName()
                            + " is " + size + " bytes, not a whole number of 3073-byte CIFAR-10 records", Map.of());
                }
                bytes += size;
            }
            spec.put("kind", DatasetKind.CIFAR_BINARY.id());
            spec.put("path", files.toString());
            return new DatasetInfo(id, name, origin, DatasetKind.CIFAR_BINARY.id(), null, bins.size(), bytes, createdAt, null, spec);
        }
        if (idxImages.isPresent() && idxLabels.isPresent()) {
            spec.put("kind", DatasetKind.IDX.id());
            spec.put("images", idxImages.get().toString());
            spec.put("labels", idxLabels.get().toString());
            return new DatasetInfo(id, name, origin, DatasetKind.IDX.id(), null, 2,
                    Files.size(idxImages.get()) + Files.size(idxLabels.get()), createdAt, null, spec);
        }
        List<String> classes = new ArrayList<>();
        try (Stream<Path> s = Files.list(images)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")) {
                    classes.add(p.getFileName().toString());
                }
            }
        }
        long[] counts = count(images);
        if (classes.size() >= 2 && counts[0] > 0) {
            spec.put("kind", DatasetKind.IMAGE_FOLDER.id());
            spec.put("path", images.toString());
            return new DatasetInfo(id, name, origin, DatasetKind.IMAGE_FOLDER.id(), classes, counts[0], counts[1], createdAt, null, spec);
        }
        return new DatasetInfo(id, name, origin, null, null, counts[0], counts[1], createdAt, "the folder holds "
                + "neither an image folder (two or more class folders of images), CIFAR binary batches (*.bin) nor an "
                + "IDX pair (*idx3-ubyte, *idx1-ubyte)", Map.of());
    }

    /** Number and total size of the image files below {@code dir} (one level of class folders). */
    private static long[] count(Path dir) throws IOException {
        long[] out = new long[2];
        try (Stream<Path> s = Files.walk(dir, 2)) {
            s.filter(p -> Files.isRegularFile(p)
                    && ImageChecker.EXTENSIONS.contains(ArchiveExtractor.extension(p.getFileName().toString())))
                    .forEach(p -> {
                        out[0]++;
                        try {
                            out[1] += Files.size(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    private static DatasetException conflict(String id) {
        return new DatasetException(DatasetException.Kind.CONFLICT, "a data set with id '" + id + "' exists "
                + "already; choose another name");
    }

    /**
     * Records a use of uploaded data set {@code id} now ({@code lastUsedAt} in its {@code dataset.json}); retention
     * counts from the last use. Data sets the operator placed are not touched.
     *
     * @return the data set, or empty when there is none
     */
    public synchronized Optional<DatasetInfo> touch(String id) throws IOException {
        Optional<DatasetInfo> info = find(id);
        if (info.isEmpty() || !"upload".equals(info.get().origin())) {
            return info;
        }
        Path metaFile = root.resolve(id).resolve("dataset.json");
        ObjectNode meta = (ObjectNode) MAPPER.readTree(metaFile.toFile());
        meta.put("lastUsedAt", clock.instant().toString());
        Path tmp = metaFile.resolveSibling(".dataset.json.tmp");
        Files.writeString(tmp, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(meta));
        Files.move(tmp, metaFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return info;
    }

    /**
     * Removes uploaded data sets (never ones the operator placed) whose last use ({@code lastUsedAt}, else the
     * upload) is longer ago than {@code retention} and that no job in {@code needed} names. The folder is renamed
     * out of sight first, so a crash mid-delete leaves no half data set under its id.
     *
     * @return the ids removed
     */
    public synchronized List<String> sweepUploads(java.time.Duration retention, java.util.Set<String> needed)
            throws IOException {
        java.time.Instant now = clock.instant();
        List<String> removed = new ArrayList<>();
        for (DatasetInfo info : list()) {
            if (!"upload".equals(info.origin()) || needed.contains(info.id())) {
                continue;
            }
            JsonNode meta = MAPPER.readTree(root.resolve(info.id()).resolve("dataset.json").toFile());
            String last = meta.hasNonNull("lastUsedAt") ? meta.get("lastUsedAt").asText()
                    : meta.path("createdAt").asText(null);
            java.time.Instant lastUsed;
            try {
                lastUsed = last == null ? java.time.Instant.EPOCH : java.time.Instant.parse(last);
            } catch (java.time.format.DateTimeParseException e) {
                lastUsed = java.time.Instant.EPOCH;
            }
            if (lastUsed.plus(retention).isBefore(now)) {
                Path gone = root.resolve(".deleting-" + info.id());
                if (Files.exists(gone, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(gone);
                }
                Files.move(root.resolve(info.id()), gone, StandardCopyOption.ATOMIC_MOVE);
                cache.remove(info.id());
                deleteTree(gone);
                removed.add(info.id());
            }
        }
        return removed;
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
