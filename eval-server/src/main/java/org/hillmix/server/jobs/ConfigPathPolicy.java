package org.hillmix.server.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hillmix.core.evaluation.DatasetSpec;
import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.evaluation.LabelSpec;

/**
 * Which files a job configuration submitted over HTTP may name. A client must not make the server read arbitrary
 * files (training on {@code /etc} would fail, but its error messages and timings still reveal what exists), so
 * every path-valued field ({@code dataset.path}, {@code dataset.dir}, {@code dataset.images},
 * {@code dataset.labels}, {@code labels[i].dir}, {@code labels[i].path}, {@code training.start.path}) must lie inside one of the allowed
 * folders: the server's data-set folder and any folder the operator passes with {@code --allow-path}. Relative
 * paths are resolved against the base directory the runner uses; links are resolved before the check, dangling
 * ones too (by their target).
 */
public final class ConfigPathPolicy {

    private final Path baseDir;
    private final List<Path> roots;

    /**
     * A policy allowing files below {@code roots}.
     *
     * @param baseDir what relative paths in configurations are resolved against
     * @param roots allowed folders
     */
    public ConfigPathPolicy(Path baseDir, List<Path> roots) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        List<Path> real = new ArrayList<>();
        for (Path r : roots) {
            real.add(canonical(r.toAbsolutePath().normalize()));
        }
        this.roots = List.copyOf(real);
    }

    /** The allowed folders (canonical). */
    public List<Path> roots() {
        return roots;
    }

    /**
     * Checks every path of {@code config}.
     *
     * @throws IllegalArgumentException naming the first field whose path is outside the allowed folders
     */
    public void check(JobConfig config) {
        switch (config.dataset()) {
            case DatasetSpec.ImageFolder d -> check("dataset.path", d.path());
            case DatasetSpec.IndexCsv d -> check("dataset.path", d.path());
            case DatasetSpec.CifarBinary d -> check("dataset.path", d.path());
            case DatasetSpec.Idx d -> {
                check("dataset.images", d.images());
                check("dataset.labels", d.labels());
            }
            case DatasetSpec.SharedCifar10 d -> check("dataset.dir", d.dir());
            case DatasetSpec.Synthetic d -> {
                // generated in memory
            }
            case DatasetSpec.Server d -> {
                // resolved by the server inside its data-set folder
            }
        }
        if (config.training().start() != null) {
            check("training.start.path", config.training().start().path());
        }
        for (int i = 0; i < config.labels().size(); i++) {
            String p = "labels[" + i + "]";
            switch (config.labels().get(i)) {
                case LabelSpec.Cifar10s l -> check(p + ".dir", l.dir());
                case LabelSpec.Cifar10h l -> check(p + ".dir", l.dir());
                case LabelSpec.Hmix l -> check(p + ".dir", l.dir());
                case LabelSpec.Jsonl l -> check(p + ".path", l.path());
                case LabelSpec.Simulated l -> {
                    // generated in memory
                }
                case LabelSpec.None l -> {
                    // nothing to read
                }
                case LabelSpec.Server l -> {
                    // resolved by the server inside its label-set folder (LabelSetResolver)
                }
                case null -> {
                    // reported by JobConfig's own validation
                }
            }
        }
    }

    private void check(String field, String value) {
        if (value == null) {
            return;
        }
        Path p;
        try {
            p = canonical(baseDir.resolve(value).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(field + " is not a valid path: " + e.getMessage());
        }
        for (Path root : roots) {
            if (p.startsWith(root)) {
                return;
            }
        }
        throw new IllegalArgumentException(field + " '" + value + "' is outside the folders this server may read; "
                + "upload the data with POST /api/v1/datasets and use {\"kind\": \"server\", \"id\": ...}, or ask "
                + "the operator to start the server with --allow-path for its folder");
    }

    /** Most symbolic links followed while resolving one path (the kernel's own limit is 40). */
    private static final int MAX_LINKS = 40;

    /**
     * The real path of {@code p}: its nearest existing ancestor resolved with every link followed, the rest
     * appended. A dangling link counts as existing and is followed by hand to where it points, so that a link
     * inside an allowed folder naming a file outside it is judged by its target even before the target exists.
     */
    private static Path canonical(Path p) {
        Path current = p;
        for (int hops = 0; hops <= MAX_LINKS; hops++) {
            Path existing = current;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return current;
            }
            Path rest = existing.relativize(current);
            if (Files.exists(existing)) {
                try {
                    return existing.toRealPath().resolve(rest).normalize();
                } catch (IOException e) {
                    return current;
                }
            }
            // a dangling link: continue from its target, relative targets being relative to the link's folder
            try {
                Path target = Files.readSymbolicLink(existing);
                Path parent = existing.getParent() == null ? existing : existing.getParent();
                current = parent.resolve(target).resolve(rest).toAbsolutePath().normalize();
            } catch (IOException | UnsupportedOperationException e) {
                return current;
            }
        }
        return current; // a link loop: judged by where it stopped
    }
}
