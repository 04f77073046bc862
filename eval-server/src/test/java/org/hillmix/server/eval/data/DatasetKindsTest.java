package org.hillmix.server.eval.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.hillmix.core.evaluation.JobConfig;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.server.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-based data set kinds, read through the core readers. */
class DatasetKindsTest {

    @TempDir
    Path tmp;

    private static JobData prepare(String dataset, Path base) throws IOException {
        JobConfig c = JobConfig.parse("""
                {"schema": "hillmix.job/1", "name": "t", "dataset": %s, "regimes": [{"name": "hard"}]}
                """.formatted(dataset));
        return JobData.prepare(c, base, ProgressMonitor.NULL);
    }

    private static int total(JobData d) {
        return d.summary().trainItems() + d.summary().validationItems() + d.summary().testItems();
    }

    /** Writes a w x h RGB PNG whose red channel is {@code red}. */
    private static void png(Path file, int w, int h, int red) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, red << 16 | (x * 20) << 8 | y * 20);
            }
        }
        ImageIO.write(img, "png", file.toFile());
    }

    @Test
    void imageFolder() throws Exception {
        for (int i = 0; i < 4; i++) {
            png(tmp.resolve("imgs/cat/c" + i + ".png"), 8, 8, 200);
            png(tmp.resolve("imgs/dog/d" + i + ".png"), 8, 8, 20);
        }
        JobData d = prepare("{\"kind\": \"image-folder\", \"path\": \"imgs\"}", tmp);
        assertEquals(8, total(d));
        assertEquals(java.util.List.of("cat", "dog"), d.summary().classes());
        assertEquals(3 * 8 * 8, d.train().images()[0].length);
        // Red plane of a cat image: 200/255 (CHW, channel 0 first).
        int catIndex = d.train().labels()[0] == 0 ? 0 : 1;
        float red = d.train().images()[catIndex][0];
        assertEquals(d.train().labels()[catIndex] == 0 ? 200 / 255f : 20 / 255f, red, 1e-6);
    }

    @Test
    void imagesOfDifferentShapesAreRejected() throws Exception {
        for (int i = 0; i < 3; i++) {
            png(tmp.resolve("imgs/a/a" + i + ".png"), 8, 8, 1);
        }
        png(tmp.resolve("imgs/b/b0.png"), 9, 8, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> prepare("{\"kind\": \"image-folder\", \"path\": \"imgs\"}", tmp));
        assertTrue(e.getMessage().contains("one shape"), e.getMessage());
    }

    @Test
    void indexCsv() throws Exception {
        StringBuilder csv = new StringBuilder("id,label,file\n");
        for (int i = 0; i < 6; i++) {
            String f = "p/" + i + ".png";
            png(tmp.resolve("set").resolve(f), 8, 8, i * 10);
            csv.append("item").append(i).append(',').append(i % 2 == 0 ? "even" : "odd").append(',').append(f).append('\n');
        }
        Files.writeString(tmp.resolve("set/index.csv"), csv);
        JobData d = prepare("{\"kind\": \"index-csv\", \"path\": \"set/index.csv\"}", tmp);
        assertEquals(6, total(d));
        assertEquals(java.util.List.of("even", "odd"), d.summary().classes());
    }

    @Test
    void cifarBinaryFolder() throws Exception {
        byte[] records = new byte[6 * 3073];
        for (int r = 0; r < 6; r++) {
            records[r * 3073] = (byte) (r % 2 == 0 ? 3 : 5); // cat, dog
            records[r * 3073 + 1] = (byte) 255;
        }
        Files.createDirectories(tmp.resolve("cifar"));
        Files.write(tmp.resolve("cifar/test_batch.bin"), records);
        JobData d = prepare("{\"kind\": \"cifar-binary\", \"path\": \"cifar\"}", tmp);
        assertEquals(6, total(d));
        assertEquals(10, d.summary().classes().size());
        assertEquals(3 * 32 * 32, d.test().images()[0].length);
        assertEquals(1.0f, d.test().images()[0][0], 1e-6);
    }

    @Test
    void missingFilesNameTheField() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> prepare("{\"kind\": \"idx\", \"images\": \"no-images\", \"labels\": \"no-labels\"}", tmp));
        assertTrue(e.getReason().contains("dataset.images"), e.getReason());
    }

    @Test
    void sharedMnistIdxWithALimit() throws Exception {
        Path mnist = SharedData.dir().resolve("mnist-10k").toAbsolutePath();
        JobData d = prepare("{\"kind\": \"idx\", \"images\": \"" + mnist.resolve("images-idx3-ubyte") + "\", \"labels\": \""
                + mnist.resolve("labels-idx1-ubyte") + "\", \"limit\": 100}", Path.of("."));
        assertEquals(100, total(d));
        assertEquals(28 * 28, d.train().images()[0].length);
        assertEquals(1, d.train().channels());
    }
}
