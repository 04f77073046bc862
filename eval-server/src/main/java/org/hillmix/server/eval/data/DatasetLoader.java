package org.hillmix.server.eval.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.hillmix.core.data.Cifar10BinaryReader;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.IdxReader;
import org.hillmix.core.data.ImageFolderReader;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.data.IndexCsvReader;
import org.hillmix.core.data.LabeledImageDataset;
import org.hillmix.core.evaluation.DatasetSpec;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.eval.report.Citations;

/** Loads the images of a job's {@link DatasetSpec} into an {@link ItemPool}. */
final class DatasetLoader {

    private DatasetLoader() {
    }

    /**
     * Loads {@code spec}; relative paths are resolved against {@code baseDir}.
     *
     * @throws IOException when files cannot be read
     * @throws IllegalArgumentException when the data are malformed or the kind cannot be loaded here
     */
    static ItemPool load(DatasetSpec spec, Path baseDir, ProgressMonitor monitor) throws IOException {
        return switch (spec) {
            case DatasetSpec.Synthetic s -> synthetic(s);
            case DatasetSpec.SharedCifar10 s -> sharedCifar10(baseDir.resolve(s.dir()), monitor);
            case DatasetSpec.ImageFolder s -> fromDataset(ImageFolderReader.read(existingDir(baseDir.resolve(s.path()),
                    "dataset.path"), null, monitor), "image folder " + s.path());
            case DatasetSpec.IndexCsv s -> fromDataset(IndexCsvReader.read(existingFile(baseDir.resolve(s.path()),
                    "dataset.path"), null, monitor), "index CSV " + s.path());
            case DatasetSpec.CifarBinary s -> fromDataset(Cifar10BinaryReader.read(cifarBatches(baseDir.resolve(s.path())),
                    monitor), "CIFAR-10 binary batches " + s.path());
            case DatasetSpec.Idx s -> fromDataset(IdxReader.read(existingFile(baseDir.resolve(s.images()), "dataset.images"),
                    existingFile(baseDir.resolve(s.labels()), "dataset.labels"), ClassSet.MNIST, monitor),
                    "IDX images " + s.images());
            case DatasetSpec.Server s -> throw new IllegalArgumentException("dataset.kind 'server' (id '" + s.id()
                    + "') must be resolved by the server before the job runs; run it through the server or use a "
                    + "file-based kind");
        };
    }

    /** An item pool of a core dataset; images must all have one shape. */
    static ItemPool fromDataset(LabeledImageDataset d, String description) {
        int n = d.size();
        if (n == 0) {
            throw new IllegalArgumentException(description + " holds no images");
        }
        String[] ids = new String[n];
        float[][] images = new float[n][];
        int[] labels = new int[n];
        ImageTensor first = d.image(0);
        for (int i = 0; i < n; i++) {
            ImageTensor t = i == 0 ? first : d.image(i);
            if (!t.sameShape(first)) {
                throw new IllegalArgumentException(description + ": image '" + d.id(i) + "' is " + t.shapeString()
                        + " but '" + d.id(0) + "' is " + first.shapeString() + "; all images of a job must have one "
                        + "shape (resize them first)");
            }
            ids[i] = d.id(i);
            images[i] = t.toArray();
            labels[i] = d.label(i);
        }
        return new ItemPool(d.classSet(), first.channels(), first.height(), first.width(), ids, images, labels, null,
                description + " (" + n + " images)");
    }

    /** A batch file, or every {@code .bin} file of a folder in name order. */
    private static List<Path> cifarBatches(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (var s = Files.list(path)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".bin")).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new NoSuchFileException(path.toString(), null, "dataset.path: no .bin batch files in this folder");
            }
            return files;
        }
        return List.of(existingFile(path, "dataset.path"));
    }

    private static Path existingFile(Path p, String field) throws NoSuchFileException {
        if (!Files.isRegularFile(p)) {
            throw new NoSuchFileException(p.toString(), null, field + ": file not found");
        }
        return p;
    }

    private static Path existingDir(Path p, String field) throws NoSuchFileException {
        if (!Files.isDirectory(p)) {
            throw new NoSuchFileException(p.toString(), null, field + ": folder not found");
        }
        return p;
    }

    private static ItemPool synthetic(DatasetSpec.Synthetic s) {
        SyntheticDataset d = SyntheticImages.generate(s);
        String[] ids = new String[d.count()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Integer.toString(i);
        }
        return new ItemPool(d.classes(), 3, d.size(), d.size(), ids, d.images(), d.labels(), d.trueMixture(),
                "synthetic procedural images (" + s.classes() + " classes x " + s.perClass() + ", " + s.imageSize()
                        + " px, ambiguity " + s.ambiguity() + ", seed " + s.seed() + ")");
    }

    /**
     * The CIFAR-10 test-subset images of the shared data folder: {@code cifar10-test-subset/index.csv} (columns
     * {@code test_index,label,label_id,file}) read with the core {@link IndexCsvReader}; item ids are the test
     * indices.
     */
    private static ItemPool sharedCifar10(Path dir, ProgressMonitor monitor) throws IOException {
        Path index = dir.resolve("cifar10-test-subset").resolve("index.csv");
        if (!Files.isRegularFile(index)) {
            throw new NoSuchFileException(index.toString(), null,
                    "no CIFAR-10 test subset here; dataset.dir must be the shared data folder holding cifar10-test-subset/");
        }
        ItemPool pool = fromDataset(IndexCsvReader.read(index, ClassSet.CIFAR10, monitor),
                "CIFAR-10 test-set images, shared cifar10-test-subset");
        pool.citations.add(Citations.KRIZHEVSKY_2009);
        return pool;
    }
}
