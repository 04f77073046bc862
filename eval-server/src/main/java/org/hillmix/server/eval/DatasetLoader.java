package org.hillmix.server.eval;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.internal.csv.CsvTable;
import org.hillmix.core.progress.ProgressMonitor;

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
            case DatasetSpec.Server s -> throw new IllegalArgumentException("dataset.kind 'server' (id '" + s.id()
                    + "') must be resolved by the server before the job runs; run it through the server or use a "
                    + "file-based kind");
            default -> throw new IllegalArgumentException("dataset.kind '" + spec.kind() + "' is not available in "
                    + "this build yet (needs the core data readers); use synthetic or shared-cifar10");
        };
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
     * The CIFAR-10 test-subset images of the shared data folder: {@code cifar10-test-subset/index.csv} with
     * columns {@code test_index,label,label_id,file}; item ids are the test indices.
     */
    private static ItemPool sharedCifar10(Path dir, ProgressMonitor monitor) throws IOException {
        Path root = dir.resolve("cifar10-test-subset");
        Path index = root.resolve("index.csv");
        if (!Files.isRegularFile(index)) {
            throw new NoSuchFileException(index.toString(), null,
                    "no CIFAR-10 test subset here; dataset.dir must be the shared data folder holding cifar10-test-subset/");
        }
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        ClassSet classes = ClassSet.CIFAR10;
        List<String> ids = new ArrayList<>();
        List<float[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (CsvTable table = CsvTable.open(index)) {
            table.requireColumns("test_index", "label", "file");
            CsvTable.Row row;
            while ((row = table.next()) != null) {
                pm.checkCancelled();
                String id = row.get("test_index").trim();
                int label;
                try {
                    label = classes.indexOf(row.get("label"));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(row.where("label") + ": " + e.getMessage(), e);
                }
                Path file = root.resolve(row.get("file"));
                images.add(readRgb(file, 32, 32));
                ids.add(id);
                labels.add(label);
            }
        }
        int[] l = labels.stream().mapToInt(Integer::intValue).toArray();
        ItemPool pool = new ItemPool(classes, 3, 32, 32, ids.toArray(String[]::new), images.toArray(float[][]::new),
                l, null, "CIFAR-10 test-set images (shared cifar10-test-subset, " + ids.size() + " images)");
        pool.citations.add(Citations.KRIZHEVSKY_2009);
        return pool;
    }

    /** Reads an RGB image of the given size as CHW floats in [0, 1]. */
    static float[] readRgb(Path file, int width, int height) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        if (img == null) {
            throw new IOException(file + ": not a readable image");
        }
        if (img.getWidth() != width || img.getHeight() != height) {
            throw new IllegalArgumentException(file + ": image is " + img.getWidth() + "x" + img.getHeight()
                    + ", expected " + width + "x" + height);
        }
        int plane = width * height;
        float[] out = new float[3 * plane];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = img.getRGB(x, y);
                int p = y * width + x;
                out[p] = ((rgb >> 16) & 0xff) / 255f;
                out[plane + p] = ((rgb >> 8) & 0xff) / 255f;
                out[2 * plane + p] = (rgb & 0xff) / 255f;
            }
        }
        return out;
    }
}
